import type { ArchivedCard } from '@echoboard/contracts';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as extrasApi from '../../api/cardExtras.ts';
import * as cardsApi from '../../api/cards.ts';
import { ApiError, networkError } from '../../api/client.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { BOARD_ID, makeBoard, makeCard, TEAM_ID } from '../../test/fixtures.ts';
import { ArchivedCardsDialog } from './ArchivedCardsDialog.tsx';

vi.mock('../../api/cards.ts', () => ({ listArchivedCards: vi.fn(), restoreCard: vi.fn() }));
vi.mock('../../api/cardExtras.ts', () => ({ listChecklist: vi.fn(), listComments: vi.fn() }));

const archived: ArchivedCard = {
  id: '00000000-0000-4000-8000-0000000000e1',
  teamId: TEAM_ID,
  boardId: BOARD_ID,
  title: 'Old banner',
  description: 'Spring sale banner for the homepage',
  labels: ['design'],
  effort: 3,
  version: 4,
  archivedAt: '2026-05-01T12:00:00.000Z',
};

describe('ArchivedCardsDialog', () => {
  beforeEach(() => {
    resetStore();
    useAppStore.getState().setBoard(makeBoard({ 'To do': ['Brief'], Doing: [] }));
  });

  it('says how cards get here when there are none', async () => {
    vi.mocked(cardsApi.listArchivedCards).mockResolvedValue([]);
    render(<ArchivedCardsDialog boardId={BOARD_ID} onClose={() => {}} />);
    expect(await screen.findByText(/No archived cards. Archive a card from its editor/)).toBeInTheDocument();
  });

  it('restores a card to the chosen column, where it shows at once', async () => {
    const user = userEvent.setup();
    const doing = useAppStore.getState().columnOrder[1]!;
    vi.mocked(cardsApi.listArchivedCards).mockResolvedValue([archived]);
    vi.mocked(cardsApi.restoreCard).mockResolvedValue(
      makeCard({ id: archived.id, title: 'Old banner', columnId: doing, rank: 'b0', version: 5 }),
    );
    render(<ArchivedCardsDialog boardId={BOARD_ID} onClose={() => {}} />);
    await user.selectOptions(await screen.findByLabelText('Restore “Old banner” to column'), 'Doing');
    await user.click(screen.getByRole('button', { name: 'Restore “Old banner”' }));
    expect(cardsApi.restoreCard).toHaveBeenCalledWith(archived.id, { columnId: doing, version: 4 });
    expect(useAppStore.getState().cardIdsByColumn[doing]).toEqual([archived.id]);
    expect(await screen.findByText(/No archived cards/)).toBeInTheDocument();
    expect(useAppStore.getState().notices.at(-1)?.message).toBe('Restored “Old banner” to Doing.');
  });

  it('says why the list could not load, and Try again loads it', async () => {
    const user = userEvent.setup();
    vi.mocked(cardsApi.listArchivedCards).mockRejectedValueOnce(networkError()).mockResolvedValueOnce([archived]);
    render(<ArchivedCardsDialog boardId={BOARD_ID} onClose={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Can’t reach the server' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Archived cards' })).toHaveTextContent('Old banner');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says why a restore was refused and keeps the list, without calling it a failed load', async () => {
    const user = userEvent.setup();
    vi.mocked(cardsApi.listArchivedCards).mockResolvedValue([archived]);
    vi.mocked(cardsApi.restoreCard).mockRejectedValue(
      new ApiError({ status: 409, code: 'VERSION_CONFLICT', title: 'Conflict', detail: 'Someone changed it first.' }),
    );
    render(<ArchivedCardsDialog boardId={BOARD_ID} onClose={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Restore “Old banner”' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not restore “Old banner”: Someone changed it first.',
    );
    expect(screen.getByRole('list', { name: 'Archived cards' })).toHaveTextContent('Old banner');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Restore “Old banner”' })).toBeEnabled();
  });

  it('shows what an archived card holds, read-only, loading its checklist and comments when opened', async () => {
    const user = userEvent.setup();
    vi.mocked(cardsApi.listArchivedCards).mockResolvedValue([archived]);
    vi.mocked(extrasApi.listChecklist).mockResolvedValue(
      [
        { id: 'i1', cardId: archived.id, checklist: 'Checklist', text: 'Draft copy', done: true, position: 0 },
        { id: 'i2', cardId: archived.id, checklist: 'Launch', text: 'Book slot', done: false, position: 1 },
      ].map((item) => ({ ...item, createdAt: archived.archivedAt, updatedAt: archived.archivedAt })),
    );
    vi.mocked(extrasApi.listComments).mockResolvedValue([
      {
        id: 'c1',
        cardId: archived.id,
        authorId: null,
        authorName: 'Priya',
        body: 'Paused until autumn',
        createdAt: archived.archivedAt,
        editedAt: null,
      },
    ]);
    render(<ArchivedCardsDialog boardId={BOARD_ID} onClose={() => {}} />);
    await user.click(await screen.findByText('Details'));
    expect(screen.getByText('Spring sale banner for the homepage')).toBeVisible();
    expect(screen.getByText('Effort 3 pts · Labels: design')).toBeVisible();
    // Grouped by checklist name, as the card editor shows them, in the order their first items come.
    const checklist = await screen.findByRole('list', { name: 'Checklist of “Old banner”' });
    expect(
      within(checklist)
        .getAllByRole('heading')
        .map((h) => h.textContent),
    ).toEqual(['Checklist (1/1)', 'Launch (0/1)']);
    // Each with its bar of progress, as in the card editor.
    expect(within(checklist).getByRole('progressbar', { name: 'Checklist: 1 of 1 done' })).toHaveValue(1);
    expect(within(checklist).getByRole('progressbar', { name: 'Launch: 0 of 1 done' })).toHaveValue(0);
    expect(within(checklist).getByRole('list', { name: 'Checklist' })).toHaveTextContent(/^☑Done: Draft copy$/);
    expect(within(checklist).getByRole('list', { name: 'Launch' })).toHaveTextContent(/^☐To do: Book slot$/);
    const comments = screen.getByRole('list', { name: 'Comments on “Old banner”' });
    expect(comments).toHaveTextContent(/^Priya.+Paused until autumn$/);
    expect(extrasApi.listChecklist).toHaveBeenCalledWith(archived.id);
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.getByText('Restore the card to change any of this.')).toBeVisible();
  });
});
