import type { BoardEvent, PlannedCard, Sprint } from '@echoboard/contracts';
import { describe, expect, it } from 'vitest';
import { BOARD_ID, makeCard } from '../test/fixtures.ts';
import { applyPlanEvent, type PlanLists, touchesPlanSprint } from './applyPlanEvent.ts';

const SPRINT = '30000000-0000-4000-8000-000000000001';
const OTHER = '30000000-0000-4000-8000-000000000002';
const planned = (title: string, rank: string, sprintId: string | null = null): PlannedCard =>
  ({ ...makeCard({ title, rank, sprintId }), boardId: null, columnId: null }) as unknown as PlannedCard;
const envelope = { seq: 1, boardId: BOARD_ID, at: '2026-11-23T09:00:00.000Z', actor: null };
const upserted = (card: PlannedCard): BoardEvent => ({ ...envelope, type: 'plan.upserted', action: 'moved', card });

function lists(backlog: PlannedCard[], sprint: PlannedCard[]): PlanLists {
  return {
    planSprintId: SPRINT,
    boardSprints: [],
    planCardsById: Object.fromEntries([...backlog, ...sprint].map((c) => [c.id, c])),
    planIds: { backlog: backlog.map((c) => c.id), sprint: sprint.map((c) => c.id) },
  };
}
const titles = (data: PlanLists) => ({
  backlog: data.planIds.backlog.map((id) => data.planCardsById[id]?.title),
  sprint: data.planIds.sprint.map((id) => data.planCardsById[id]?.title),
});

describe('applyPlanEvent', () => {
  const [a, b, c] = [planned('A', 'a1'), planned('B', 'a3'), planned('C', 'a2', SPRINT)];
  const start = lists([a, b], [c]);

  it('puts a card into the shown sprint or the backlog at its rank, and is idempotent', () => {
    const intoSprint = upserted({ ...b, sprintId: SPRINT, rank: 'a1', version: 2 });
    const once = applyPlanEvent(start, intoSprint);
    expect(titles(once)).toEqual({ backlog: ['A'], sprint: ['B', 'C'] });
    expect(applyPlanEvent(once, intoSprint)).toEqual(once);
    const back = applyPlanEvent(once, upserted({ ...c, sprintId: null, rank: 'a0', version: 2 }));
    expect(titles(back)).toEqual({ backlog: ['C', 'A'], sprint: ['B'] });
    expect(back.planCardsById[c.id]?.version).toBe(2);
  });

  it('adds new backlog cards, applies edits in place and drops cards that leave the page', () => {
    const created = applyPlanEvent(start, upserted(planned('New', 'a2')));
    expect(titles(created)).toEqual({ backlog: ['A', 'New', 'B'], sprint: ['C'] });
    const edited = applyPlanEvent(created, upserted({ ...c, effort: 5, title: 'C!' }));
    expect(titles(edited).sprint).toEqual(['C!']);
    // Planned into another sprint of the board, deleted, or onto the board: gone from both lists.
    const other = applyPlanEvent(edited, upserted({ ...a, sprintId: OTHER }));
    expect(other.planCardsById[a.id]).toBeUndefined();
    const removed = applyPlanEvent(other, { ...envelope, type: 'plan.removed', cardId: b.id });
    const started = applyPlanEvent(removed, {
      ...envelope,
      type: 'card.upserted',
      action: 'moved',
      card: { ...makeCard({ id: c.id }) },
    });
    expect(titles(started)).toEqual({ backlog: ['New'], sprint: [] });
  });

  it('keeps the board’s sprints current and ignores board-only events', () => {
    const sprint = { id: SPRINT, name: 'S1', startDate: '2030-01-07', state: 'planned' } as Sprint;
    const later = { id: OTHER, name: 'S2', startDate: '2030-02-04', state: 'planned' } as Sprint;
    const withTwo = applyPlanEvent(applyPlanEvent(start, { ...envelope, type: 'sprint.updated', sprint: later }), {
      ...envelope,
      type: 'sprint.updated',
      sprint,
    });
    expect(withTwo.boardSprints.map((sp) => sp.name)).toEqual(['S1', 'S2']);
    const deleted = applyPlanEvent(withTwo, { ...envelope, type: 'sprint.deleted', sprintId: OTHER });
    expect(deleted.boardSprints.map((sp) => sp.name)).toEqual(['S1']);
    expect(applyPlanEvent(start, { ...envelope, type: 'board.updated', name: 'x' })).toBe(start);
  });

  it('tells which events move the shown sprint’s capacity meter', () => {
    expect(touchesPlanSprint(start, upserted({ ...a, sprintId: SPRINT }))).toBe(true);
    expect(touchesPlanSprint(start, upserted({ ...c, sprintId: null }))).toBe(true);
    expect(touchesPlanSprint(start, upserted({ ...a, rank: 'a0' }))).toBe(false);
    expect(touchesPlanSprint(start, { ...envelope, type: 'plan.removed', cardId: c.id })).toBe(true);
    expect(touchesPlanSprint(start, { ...envelope, type: 'plan.removed', cardId: a.id })).toBe(false);
  });
});
