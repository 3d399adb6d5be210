import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as authApi from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import * as feedbackApi from '../api/feedback.ts';
import { resetStore } from '../store/index.ts';
import { App } from './App.tsx';

vi.mock('../api/auth.ts', () => ({ me: vi.fn(), signIn: vi.fn(), signUp: vi.fn(), signOut: vi.fn() }));
vi.mock('../api/feedback.ts', () => ({ getFeedbackPage: vi.fn(), submitFeedback: vi.fn(), getReceipt: vi.fn() }));

const page = { teamName: 'Acme', sprintName: 'Launch 1', sprintGoal: 'Ship it', message: '', items: [] };

describe('App', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(authApi.me).mockReset();
    vi.mocked(feedbackApi.getFeedbackPage).mockReset();
  });
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('shows an end user their feedback form without asking the server who they are', async () => {
    window.history.replaceState(null, '', `/f/${'t'.repeat(43)}`);
    vi.mocked(feedbackApi.getFeedbackPage).mockResolvedValue(page);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Your feedback for Acme' })).toBeInTheDocument();
    expect(authApi.me).not.toHaveBeenCalled();
  });

  it('asks who is signed in on a member page, and asks again when the server could not be reached', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/signin');
    vi.mocked(authApi.me)
      .mockRejectedValueOnce(new ApiError({ status: 0, code: 'NETWORK_ERROR', title: 'x', detail: 'Offline.' }))
      .mockRejectedValueOnce(new ApiError({ status: 401, code: 'UNAUTHENTICATED', title: 'x', detail: 'Sign in.' }));
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Can’t reach the server' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Can’t reach the server' })).not.toBeInTheDocument();
    expect(authApi.me).toHaveBeenCalledTimes(2);
  });

  it('sends a signed-out visitor to sign in, then back to the whole address, sprint and all', async () => {
    window.history.replaceState(null, '', '/boards/b1/review?sprint=s2');
    vi.mocked(authApi.me).mockRejectedValue(
      new ApiError({ status: 401, code: 'UNAUTHENTICATED', title: 'x', detail: 'Sign in.' }),
    );
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('next')).toBe('/boards/b1/review?sprint=s2');
  });
});
