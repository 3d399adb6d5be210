import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, networkError } from '../../api/client.ts';
import * as teamsApi from '../../api/teams.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { InvitePage } from './InvitePage.tsx';

vi.mock('../../api/teams.ts', () => ({ previewInvite: vi.fn(), acceptInvite: vi.fn() }));

const preview = { teamName: 'Growth', invitedBy: 'Erin', expiresAt: '2026-06-01T12:00:00.000Z', memberCount: 3 };
const refused = (status: number, code: ApiError['code'], detail: string) =>
  new ApiError({ status, code, title: 'Refused', detail });

describe('InvitePage', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(teamsApi.previewInvite).mockReset();
    useAppStore.setState({ sessionStatus: 'signed-in' });
  });

  it('says an invite the server refuses cannot be used, with no retry that could not help', async () => {
    vi.mocked(teamsApi.previewInvite).mockRejectedValue(
      refused(404, 'INVITE_INVALID', 'This invite has already been used.'),
    );
    render(<InvitePage token="used" />);
    expect(await screen.findByRole('heading', { name: 'This invite cannot be used' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('This invite has already been used.');
    expect(screen.getByText('Ask your team lead for a new invite link.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers Try again when the server could not be reached, and then shows the invite', async () => {
    const user = userEvent.setup();
    vi.mocked(teamsApi.previewInvite).mockRejectedValueOnce(networkError()).mockResolvedValueOnce(preview);
    render(<InvitePage token="fresh" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading invite…');
    expect(await screen.findByRole('heading', { name: 'Can’t reach the server' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Join Growth' })).toBeVisible();
    expect(teamsApi.previewInvite).toHaveBeenCalledTimes(2);
  });

  it('keeps the invite on screen when joining is refused, and says why beside the button', async () => {
    const user = userEvent.setup();
    vi.mocked(teamsApi.previewInvite).mockResolvedValue(preview);
    vi.mocked(teamsApi.acceptInvite).mockRejectedValue(refused(409, 'TEAM_FULL', 'The team already has 10 members.'));
    render(<InvitePage token="full" />);
    await user.click(await screen.findByRole('button', { name: 'Join Growth' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The team already has 10 members.');
    expect(screen.getByRole('heading', { name: 'Join Growth' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Join Growth' })).toBeEnabled();
  });

  it('says the invite cannot be used when it was used or revoked between showing it and joining', async () => {
    const user = userEvent.setup();
    vi.mocked(teamsApi.previewInvite).mockResolvedValue(preview);
    vi.mocked(teamsApi.acceptInvite).mockRejectedValue(
      refused(404, 'INVITE_INVALID', 'This invite link is not valid any more.'),
    );
    render(<InvitePage token="revoked" />);
    await user.click(await screen.findByRole('button', { name: 'Join Growth' }));
    expect(await screen.findByRole('heading', { name: 'This invite cannot be used' })).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('This invite link is not valid any more.');
    expect(screen.queryByRole('button', { name: 'Join Growth' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('offers the boards instead of joining again to someone already in the team', async () => {
    const user = userEvent.setup();
    vi.mocked(teamsApi.previewInvite).mockResolvedValue(preview);
    vi.mocked(teamsApi.acceptInvite).mockRejectedValue(
      refused(409, 'ALREADY_MEMBER', 'You are already a member of this team; the invite is still unused.'),
    );
    render(<InvitePage token="mine" />);
    await user.click(await screen.findByRole('button', { name: 'Join Growth' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You are already a member of this team');
    expect(screen.getByRole('link', { name: 'Open your boards' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Join Growth' })).toBeNull();
  });
});
