import type { CardComment } from '@echoboard/contracts';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as extrasApi from '../../api/cardExtras.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeCard, TEAM_ID } from '../../test/fixtures.ts';
import { CommentsSection } from './CommentsSection.tsx';

vi.mock('../../api/cardExtras.ts', () => ({
  listComments: vi.fn(),
  addComment: vi.fn(),
  editComment: vi.fn(),
  deleteComment: vi.fn(),
}));

const ME = '00000000-0000-4000-8000-0000000000d1';
const OTHER = '00000000-0000-4000-8000-0000000000d2';
const card = makeCard({ title: 'Newsletter' });
const comment = (id: string, authorId: string | null, authorName: string, body: string): CardComment => ({
  id,
  cardId: card.id,
  authorId,
  authorName,
  body,
  createdAt: '2026-03-01T10:00:00.000Z',
  editedAt: null,
});

function signIn(role: 'lead' | 'member') {
  useAppStore.setState({
    me: {
      user: { id: ME, email: 'me@example.com', name: 'Mia' },
      teams: [
        { id: TEAM_ID, name: 'Team', role, memberCount: 2, createdAt: '2026-01-01T00:00:00.000Z', timeZone: 'UTC' },
      ],
    },
  });
}

describe('CommentsSection', () => {
  beforeEach(() => {
    resetStore();
    vi.mocked(extrasApi.listComments).mockReset();
  });

  it('offers edit and delete on my own comments only, as a member', async () => {
    signIn('member');
    vi.mocked(extrasApi.listComments).mockResolvedValue([
      comment('c1', OTHER, 'Olu', 'Send Tuesday?'),
      comment('c2', ME, 'Mia', 'Yes, 9:00'),
      comment('c3', null, 'Trello Tom', 'Imported'),
    ]);
    render(<CommentsSection card={card} />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('strong' as never, { hidden: true }).textContent)).toEqual([
      'Olu',
      'Mia',
      'Trello Tom',
    ]);
    expect(within(items[0]!).queryByRole('button')).toBeNull();
    expect(within(items[1]!).getByRole('button', { name: 'Edit your comment' })).toBeInTheDocument();
    expect(within(items[1]!).getByRole('button', { name: 'Delete comment by Mia' })).toBeInTheDocument();
    expect(within(items[2]!).queryByRole('button')).toBeNull();
  });

  it('lets a lead delete anyone’s comment after confirming, and counts comments on the board card', async () => {
    const user = userEvent.setup();
    signIn('lead');
    vi.mocked(extrasApi.listComments).mockResolvedValue([comment('c1', OTHER, 'Olu', 'Off-topic')]);
    vi.mocked(extrasApi.deleteComment).mockResolvedValue(undefined);
    render(<CommentsSection card={card} />);
    await user.click(await screen.findByRole('button', { name: 'Delete comment by Olu' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete comment' }));
    expect(extrasApi.deleteComment).toHaveBeenCalledWith('c1');
    expect(await screen.findByText(/No comments yet/)).toBeInTheDocument();
    expect(useAppStore.getState().cardStats[card.id]?.comments).toBe(0);
  });

  it('adds a comment signed by the server and clears the box', async () => {
    const user = userEvent.setup();
    signIn('member');
    vi.mocked(extrasApi.listComments).mockResolvedValue([]);
    vi.mocked(extrasApi.addComment).mockResolvedValue(comment('c9', ME, 'Mia', 'Draft is in the doc'));
    render(<CommentsSection card={card} />);
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write your comment first.');
    expect(extrasApi.addComment).not.toHaveBeenCalled();
    await user.type(await screen.findByLabelText('New comment'), 'Draft is in the doc');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    expect(extrasApi.addComment).toHaveBeenCalledWith(card.id, 'Draft is in the doc');
    expect(screen.getByText('Draft is in the doc')).toBeInTheDocument();
    expect(screen.getByLabelText('New comment')).toHaveValue('');
    // The board card's count follows in an effect after the list renders.
    await waitFor(() => expect(useAppStore.getState().cardStats[card.id]?.comments).toBe(1));
  });
});
