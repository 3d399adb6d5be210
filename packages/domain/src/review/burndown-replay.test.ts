import { describe, expect, it } from 'vitest';
import { type BurndownStep, replayBurndown } from './burndown-replay.ts';

const DAY1 = '2026-11-23';
const DAY2 = '2026-11-24';
const columns = [
  { id: 'todo', rank: 'a' },
  { id: 'done', rank: 'b' },
];
const card = (cardId: string, columnId: string, points = 3, inSprint = true): BurndownStep => ({
  kind: 'card',
  cardId,
  columnId,
  points,
  inSprint,
});
const start = (steps: BurndownStep[]) => steps.map((step) => ({ step, date: DAY1, atStart: true }));
const later = (date: string, steps: BurndownStep[]) => steps.map((step) => ({ step, date, atStart: false }));

describe('replayBurndown', () => {
  it('takes the start as the initial scope, then each change to a sprint card, with its day', () => {
    const history = replayBurndown(
      [
        ...start([
          ...columns.map((column) => ({ kind: 'column' as const, column })),
          card('a', 'todo'),
          card('b', 'todo'),
        ]),
        ...later(DAY1, [card('a', 'done'), card('x', 'todo', 5, false)]),
        ...later(DAY2, [card('c', 'todo', 2), { kind: 'card-gone', cardId: 'b' }]),
      ],
      { doneColumnId: 'done' },
    );
    expect(history.initial).toEqual([
      { cardId: 'a', points: 3, inScope: true, done: false },
      { cardId: 'b', points: 3, inScope: true, done: false },
    ]);
    // The card outside the sprint is no change to it.
    expect(history.changes).toEqual([
      { cardId: 'a', points: 3, inScope: true, done: true, date: DAY1 },
      { cardId: 'c', points: 2, inScope: true, done: false, date: DAY2 },
      { cardId: 'b', points: 3, inScope: false, done: false, date: DAY2 },
    ]);
  });

  it('counts done in the done column of the moment: a column added after it changes the days from then on', () => {
    const history = replayBurndown(
      [
        ...start([...columns.map((column) => ({ kind: 'column' as const, column })), card('a', 'todo')]),
        ...later(DAY1, [card('a', 'done')]),
        ...later(DAY2, [{ kind: 'column', column: { id: 'published', rank: 'c' } }, card('a', 'published')]),
      ],
      // Today's done column: not what counted on day 1.
      { doneColumnId: 'published' },
    );
    expect(history.changes.map(({ date, done }) => [date, done])).toEqual([
      [DAY1, true],
      [DAY2, false],
      [DAY2, true],
    ]);
  });

  it("goes by today's done column when the start gave no columns", () => {
    const history = replayBurndown(
      [
        ...start([card('a', 'todo')]),
        ...later(DAY1, [card('a', 'done'), { kind: 'column', column: { id: 'published', rank: 'c' } }]),
      ],
      { doneColumnId: 'done' },
    );
    expect(history.changes).toEqual([{ cardId: 'a', points: 3, inScope: true, done: true, date: DAY1 }]);
  });
});
