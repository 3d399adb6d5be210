import type { BoardEvent, Sprint, SprintDetail } from '@echoboard/contracts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as sprintsApi from '../api/sprints.ts';
import { BOARD_ID, makeBoard, TEAM_ID } from '../test/fixtures.ts';
import { resetStore, useAppStore } from './index.ts';

vi.mock('../api/sprints.ts', () => ({ listSprints: vi.fn(), getSprint: vi.fn() }));

const SPRINT_ID = '40000000-0000-4000-8000-000000000001';
const sprint: Sprint = {
  id: SPRINT_ID,
  boardId: BOARD_ID,
  teamId: TEAM_ID,
  name: 'Sprint 7',
  goal: 'Launch',
  startDate: '2026-11-16',
  lengthDays: 14,
  endDate: '2026-11-29',
  holidays: [],
  workingDays: 10,
  state: 'active',
  startedAt: '2026-11-16T08:00:00.000Z',
  completedAt: null,
  committedPoints: 13,
  cardCount: 4,
  record: null,
};
const detail = {
  ...sprint,
  cards: [],
  availability: [],
  progress: { today: '2026-11-23', day: 8, of: 14, daysLeft: 7, workingDaysLeft: 5, state: 'in-progress' },
} as unknown as SprintDetail;

const event = (seq: number, body: Partial<BoardEvent>): BoardEvent =>
  ({ seq, boardId: BOARD_ID, at: '2026-11-23T09:00:00.000Z', actor: null, ...body }) as BoardEvent;

describe('sprint events on the open board', () => {
  beforeEach(() => {
    resetStore();
    useAppStore.getState().setBoard(makeBoard({ 'To do': [] }));
    useAppStore.getState().setActiveSprint(detail);
    vi.mocked(sprintsApi.listSprints).mockResolvedValue([]);
  });

  it('shows an edited active sprint at once, keeping its progress', () => {
    vi.mocked(sprintsApi.listSprints).mockReturnValue(new Promise(() => {}));
    useAppStore
      .getState()
      .receiveEvent(
        event(1, { type: 'sprint.updated', sprint: { ...sprint, goal: 'Launch and learn', committedPoints: 21 } }),
      );
    const active = useAppStore.getState().activeSprint;
    expect(active?.goal).toBe('Launch and learn');
    expect(active?.committedPoints).toBe(21);
    expect(active?.progress?.day).toBe(8);
  });

  it('clears the header when the sprint completes', () => {
    useAppStore
      .getState()
      .receiveEvent(event(1, { type: 'sprint.updated', sprint: { ...sprint, state: 'completed' } }));
    expect(useAppStore.getState().activeSprint).toBeNull();
  });

  it('reads a sprint that another lead just started', async () => {
    useAppStore.getState().setActiveSprint(null);
    vi.mocked(sprintsApi.listSprints).mockResolvedValue([sprint]);
    vi.mocked(sprintsApi.getSprint).mockResolvedValue(detail);
    useAppStore.getState().receiveEvent(event(1, { type: 'sprint.updated', sprint }));
    await vi.waitFor(() => expect(useAppStore.getState().activeSprint?.id).toBe(SPRINT_ID));
    expect(sprintsApi.listSprints).toHaveBeenCalledWith(BOARD_ID, 'active');
  });
});
