import type { ArchivedCard } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as cardsApi from '../../api/cards.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { BOARD_ID, makeBoard, makeCard, TEAM_ID } from '../../test/fixtures.ts';
import { ArchivedCardsDialog } from './ArchivedCardsDialog.tsx';

vi.mock('../../api/cards.ts', () => ({ listArchivedCards: vi.fn(), restoreCard: vi.fn() }));

const archived: ArchivedCard = {
  id: '00000000-0000-4000-8000-0000000000e1',
  teamId: TEAM_ID,
  boardId: BOARD_ID,
  title: 'Old banner',
  labels: [],
  effort: null,
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
});
