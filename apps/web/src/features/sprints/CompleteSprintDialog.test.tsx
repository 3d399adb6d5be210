import type { Sprint, SprintDetail } from '@echoboard/contracts';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as boardsApi from '../../api/boards.ts';
import { ApiError } from '../../api/client.ts';
import * as sprintsApi from '../../api/sprints.ts';
import { resetStore, useAppStore } from '../../store/index.ts';
import { BOARD_ID, makeBoard, TEAM_ID } from '../../test/fixtures.ts';
import { CompleteSprintDialog } from './CompleteSprintDialog.tsx';

vi.mock('../../api/sprints.ts', () => ({ listSprints: vi.fn(), completeSprint: vi.fn() }));
vi.mock('../../api/boards.ts', () => ({ getBoard: vi.fn() }));

const ACTIVE = '20000000-0000-4000-8000-000000000001';
const NEXT = '20000000-0000-4000-8000-000000000002';
const LATER = '20000000-0000-4000-8000-000000000003';

const sprint = (id: string, name: string, startDate: string, state: Sprint['state']): Sprint => ({
  id,
  boardId: BOARD_ID,
  teamId: TEAM_ID,
  name,
  goal: '',
  startDate,
  lengthDays: 14,
  endDate: startDate,
  holidays: [],
  workingDays: 10,
  state,
  startedAt: null,
  completedAt: null,
  committedPoints: 0,
  cardCount: 0,
  record: null,
});

const active = { ...sprint(ACTIVE, 'Sprint 1', '2026-11-09', 'active'), cards: [] } as unknown as SprintDetail;

/** A board whose sprint cards are: two in To do, one in Doing, one in Done; plus a card outside the sprint. */
function boardWithSprintCards() {
  const board = makeBoard({ 'To do': ['Brief', 'Copy', 'Unrelated'], Doing: ['Ads'], Done: ['Landing page'] });
  for (const column of board.columns)
    for (const card of column.cards) if (card.title !== 'Unrelated') card.sprintId = ACTIVE;
  useAppStore.getState().setBoard(board);
}

describe('CompleteSprintDialog', () => {
  beforeEach(() => {
    resetStore();
    window.history.replaceState(null, '', `/boards/${BOARD_ID}`);
    vi.mocked(sprintsApi.completeSprint).mockReset();
    vi.mocked(sprintsApi.listSprints).mockResolvedValue([
      sprint(LATER, 'Sprint 3', '2026-12-07', 'planned'),
      sprint(NEXT, 'Sprint 2', '2026-11-23', 'planned'),
    ]);
    vi.mocked(boardsApi.getBoard).mockReturnValue(new Promise(() => {}));
    boardWithSprintCards();
  });

  it('counts done and unfinished cards and carries the unfinished into the chosen planned sprint', async () => {
    const user = userEvent.setup();
    vi.mocked(sprintsApi.completeSprint).mockResolvedValue({ ...active, state: 'completed' });
    const onClose = vi.fn();
    render(<CompleteSprintDialog sprint={active} onClose={onClose} />);

    expect(screen.getByTestId('sprint-counts')).toHaveTextContent('1 done · 3 not done');
    // The earliest planned sprint is offered first and chosen by default.
    const select = await screen.findByLabelText('Planned sprint');
    expect(select).toHaveValue(NEXT);
    expect(screen.getByLabelText('A planned sprint')).toBeChecked();
    await user.selectOptions(select, LATER);
    await user.click(screen.getByRole('button', { name: 'Complete sprint' }));

    expect(sprintsApi.completeSprint).toHaveBeenCalledWith(ACTIVE, { carryOver: { to: 'sprint', sprintId: LATER } });
    expect(window.location.pathname).toBe(`/boards/${BOARD_ID}/planning`);
    expect(useAppStore.getState().planSprintId).toBe(LATER);
    expect(onClose).toHaveBeenCalled();
  });

  it('can send unfinished cards to the backlog, and keeps the dialog open with the reason on refusal', async () => {
    const user = userEvent.setup();
    vi.mocked(sprintsApi.completeSprint).mockRejectedValue(
      new ApiError({
        status: 409,
        code: 'INVALID_SPRINT_TRANSITION',
        title: 'Conflict',
        detail: 'Sprint 1 is already completed.',
      }),
    );
    render(<CompleteSprintDialog sprint={active} onClose={vi.fn()} />);
    await screen.findByLabelText('Planned sprint');
    await user.click(screen.getByLabelText('The top of the backlog'));
    expect(screen.queryByLabelText('Planned sprint')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Complete sprint' }));

    expect(sprintsApi.completeSprint).toHaveBeenCalledWith(ACTIVE, { carryOver: { to: 'backlog' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('Sprint 1 is already completed.');
    expect(window.location.pathname).toBe(`/boards/${BOARD_ID}`);
  });
});
