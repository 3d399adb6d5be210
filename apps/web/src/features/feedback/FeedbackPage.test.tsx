import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import * as feedbackApi from '../../api/feedback.ts';
import { FeedbackPage } from './FeedbackPage.tsx';

vi.mock('../../api/feedback.ts', () => ({ getFeedbackPage: vi.fn(), submitFeedback: vi.fn() }));

const page = { teamName: 'Acme', sprintName: 'Launch 1', sprintGoal: 'Ship it', message: '', items: [] };
const problem = (status: number, code: string, detail: string) =>
  new ApiError({ status, code: code as never, title: 'x', detail });

describe('FeedbackPage', () => {
  beforeEach(() => vi.mocked(feedbackApi.getFeedbackPage).mockReset());

  it('offers another try when the server could not be reached, and then shows the form', async () => {
    const user = userEvent.setup();
    vi.mocked(feedbackApi.getFeedbackPage)
      .mockRejectedValueOnce(problem(0, 'NETWORK_ERROR', 'Can’t reach the Echoboard server.'))
      .mockResolvedValueOnce(page);
    render(<FeedbackPage token="tok" />);
    expect(await screen.findByRole('heading', { name: 'Can’t reach the server' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Your feedback for Acme' })).toBeInTheDocument();
  });

  it('says a dead link does not work, without a retry that could not help', async () => {
    vi.mocked(feedbackApi.getFeedbackPage).mockRejectedValueOnce(
      problem(404, 'FEEDBACK_LINK_INVALID', 'This link is unknown, revoked or expired.'),
    );
    render(<FeedbackPage token="tok" />);
    expect(await screen.findByRole('heading', { name: 'This feedback link does not work' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });
});
