import { beforeEach, describe, expect, it } from 'vitest';
import { resetStore, useAppStore } from '../../store/index.ts';
import { makeBoard } from '../../test/fixtures.ts';
import { scrumMarks } from './marks.ts';
import { ADA, makeScrum, signInAs, stateOf } from './testScrum.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-15T12:00:00Z');
const at = (ms: number) => new Date(ms).toISOString();

function cardIdOf(title: string) {
  return Object.values(useAppStore.getState().cardsById).find((c) => c.title === title)!.id;
}

function patchCard(title: string, patch: object) {
  const s = useAppStore.getState();
  const card = s.cardsById[cardIdOf(title)]!;
  useAppStore.setState({ cardsById: { ...s.cardsById, [card.id]: { ...card, ...patch } } });
}

const marks = (title: string) => scrumMarks(useAppStore.getState(), cardIdOf(title), NOW);

describe('scrumMarks', () => {
  beforeEach(() => {
    resetStore();
    useAppStore.getState().setBoard(makeBoard({ Doing: ['Ada by id', 'Ben by name', 'Nobody'], Done: ['Shipped'] }));
    patchCard('Ada by id', { assigneeId: ADA, columnEnteredAt: at(NOW - 5 * DAY) });
    patchCard('Ben by name', { assignee: ' ben  OKRI ', columnEnteredAt: at(NOW - 3 * DAY) });
    patchCard('Shipped', { columnEnteredAt: at(NOW - 30 * DAY) });
    const done = Object.values(useAppStore.getState().columnsById).find((c) => c.name === 'Done')!;
    useAppStore.setState((s) => ({ columnsById: { ...s.columnsById, [done.id]: { ...done, staleDays: null } } }));
  });

  it('marks nothing while no scrum runs', () => {
    expect(marks('Ada by id')).toEqual({
      focus: 'normal',
      change: null,
      ageDays: null,
      stale: false,
      columnName: null,
    });
  });

  it("highlights the speaker's cards by assignee id or by name, dims the rest", () => {
    const scrum = makeScrum({ speakerIndex: 0 });
    useAppStore.getState().scrumAnswered(stateOf(scrum, 9));
    expect(marks('Ada by id').focus).toBe('highlight');
    expect(marks('Ben by name').focus).toBe('dim');
    expect(marks('Nobody').focus).toBe('dim');
    useAppStore.getState().scrumAnswered(stateOf({ ...scrum, speakerIndex: 1 }, 10));
    expect(marks('Ada by id').focus).toBe('dim');
    expect(marks('Ben by name').focus).toBe('highlight');
    useAppStore.getState().scrumAnswered(stateOf({ ...scrum, speakerIndex: 2 }, 11));
    expect(marks('Ben by name').focus).toBe('normal');
  });

  it('shows days in the column, stale past the column threshold, and what changed since the last scrum', () => {
    patchCard('Nobody', { createdAt: at(NOW - DAY), columnEnteredAt: at(NOW - DAY) });
    patchCard('Ben by name', { updatedAt: at(NOW - DAY) });
    const previousScrumAt = at(NOW - 2 * DAY);
    useAppStore.getState().scrumAnswered(stateOf(makeScrum({ previousScrumAt }), 9));
    expect(marks('Ada by id')).toMatchObject({ ageDays: 5, stale: true, change: null, columnName: 'Doing' });
    expect(marks('Ben by name')).toMatchObject({ ageDays: 3, stale: false, change: 'edited' });
    expect(marks('Nobody')).toMatchObject({ ageDays: 1, change: 'new' });
    // Done never goes stale (threshold null).
    expect(marks('Shipped')).toMatchObject({ ageDays: 30, stale: false, columnName: 'Done' });
  });

  it("counts days by the team's calendar, so everyone at the scrum sees the same age", () => {
    // 16:00 UTC on 14 June is 01:00 on 15 June in Tokyo; NOW is 21:00 there, the same day.
    patchCard('Nobody', { columnEnteredAt: '2026-06-14T16:00:00.000Z' });
    useAppStore.getState().scrumAnswered(stateOf(makeScrum(), 9));
    signInAs('member', 'Asia/Tokyo');
    expect(marks('Nobody').ageDays).toBe(0);
    signInAs('member', 'UTC');
    expect(marks('Nobody').ageDays).toBe(1);
  });
});
