import type { BoardEvent, PlannedCard, SprintDetail } from '@echoboard/contracts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as boardsApi from '../api/boards.ts';
import * as sprintsApi from '../api/sprints.ts';
import { BOARD_ID, makeBoard, makeCard, TEAM_ID } from '../test/fixtures.ts';
import { resetStore, useAppStore } from './index.ts';

vi.mock('../api/boards.ts', () => ({ getBoard: vi.fn() }));
vi.mock('../api/sprints.ts', () => ({ getSprint: vi.fn(), getBacklog: vi.fn(), listSprints: vi.fn() }));

const SPRINT = '30000000-0000-4000-8000-000000000001';
const store = () => useAppStore.getState();
const planned = (title: string, rank: string): PlannedCard =>
  ({ ...makeCard({ title, rank }), boardId: null, columnId: null }) as unknown as PlannedCard;
const event = (seq: number, card: PlannedCard): BoardEvent => ({
  seq,
  boardId: BOARD_ID,
  at: '2026-11-23T09:00:00.000Z',
  actor: { userId: 'someone', name: 'Priya' },
  type: 'plan.upserted',
  action: 'moved',
  card,
});
const backlogTitles = () => store().planIds.backlog.map((id) => store().planCardsById[id]?.title);

describe('the planning page on the board stream', () => {
  const [a, b] = [planned('A', 'a1'), planned('B', 'a2')];
  beforeEach(() => {
    resetStore();
    vi.useRealTimers();
    vi.mocked(sprintsApi.getSprint).mockReset();
    store().setBoard({ ...makeBoard({ 'To do': [] }), seq: 4 });
    useAppStore.setState({
      planBoardId: BOARD_ID,
      planTeamId: TEAM_ID,
      planSprintId: SPRINT,
      planCardsById: { [a.id]: a, [b.id]: b },
      planIds: { backlog: [a.id, b.id], sprint: [] },
    });
  });

  it('applies others’ plan changes in seq order and re-reads the meter when the sprint changes', async () => {
    vi.useFakeTimers();
    const detail = { id: SPRINT, capacity: { committed: 3 } } as unknown as SprintDetail;
    vi.mocked(sprintsApi.getSprint).mockResolvedValue(detail);
    store().receiveEvent(event(5, { ...b, rank: 'a0', version: 2 }));
    expect(backlogTitles()).toEqual(['B', 'A']);
    expect(sprintsApi.getSprint).not.toHaveBeenCalled();
    store().receiveEvent(event(6, { ...a, sprintId: SPRINT, version: 2 }));
    store().receiveEvent(event(6, { ...a, sprintId: null, version: 2 }));
    expect(store().planIds).toEqual({ backlog: [b.id], sprint: [a.id] });
    await vi.runAllTimersAsync();
    expect(sprintsApi.getSprint).toHaveBeenCalledTimes(1);
    expect(store().planSprint).toBe(detail);
    expect(store().seq).toBe(6);
  });

  it('keeps a change made while the picked sprint is being read', async () => {
    // The server read the sprint before B was planned into it; B's event arrives before the answer.
    let answer: (detail: SprintDetail) => void = () => {};
    vi.mocked(sprintsApi.getSprint).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const switching = store().selectPlanSprint(SPRINT);
    store().receiveEvent(event(5, { ...b, sprintId: SPRINT, version: 2 }));
    const c = { ...planned('C', 'a0'), id: '00000000-0000-4000-8000-0000000000c0', sprintId: SPRINT };
    answer({ id: SPRINT, cards: [c] } as unknown as SprintDetail);
    await switching;
    expect(store().planIds).toEqual({ backlog: [a.id], sprint: [c.id, b.id] });
    expect(store().planCardsById[b.id]?.version).toBe(2);
  });

  it('holds events during a drag and applies them at the drop', () => {
    store().holdEvents(true);
    store().receiveEvent(event(5, { ...b, rank: 'a0', version: 2 }));
    expect(backlogTitles()).toEqual(['A', 'B']);
    store().holdEvents(false);
    expect(backlogTitles()).toEqual(['B', 'A']);
  });

  it('reads the plan again after a gap', () => {
    vi.mocked(boardsApi.getBoard).mockReturnValue(new Promise(() => {}));
    vi.mocked(sprintsApi.getBacklog).mockReturnValue(new Promise(() => {}));
    vi.mocked(sprintsApi.listSprints).mockReturnValue(new Promise(() => {}));
    store().receiveEvent(event(7, { ...b, rank: 'a0', version: 2 }));
    expect(backlogTitles()).toEqual(['A', 'B']);
    expect(sprintsApi.getBacklog).toHaveBeenCalledWith(TEAM_ID);
    expect(store().planStatus).toBe('loading');
  });
});
