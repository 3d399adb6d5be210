import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { burndown } from './burndown.ts';

// Mon 2026-11-23 .. Fri 2026-11-27: five working days, no weekend inside.
const week = { startDate: '2026-11-23', endDate: '2026-11-27' };
const card = (cardId: string, points: number, done = false, inScope = true) => ({ cardId, points, done, inScope });

describe('burndown', () => {
  it('burns the ideal line evenly over working days and follows cards being done', () => {
    const result = burndown({
      ...week,
      today: '2026-11-25',
      initial: [card('a', 5), card('b', 3), card('c', 2)],
      changes: [
        { date: '2026-11-24', ...card('a', 5, true) },
        { date: '2026-11-25', ...card('c', 2, true) },
      ],
    });
    expect(result.committedAtStart).toBe(10);
    expect(result.days.map((d) => d.ideal)).toEqual([8, 6, 4, 2, 0]);
    expect(result.days.map((d) => d.remaining)).toEqual([10, 5, 3, null, null]);
    expect(result.days.every((d) => d.scopeChange === 0)).toBe(true);
  });

  it('marks scope added and removed on the day it happened', () => {
    const result = burndown({
      ...week,
      today: '2026-11-27',
      initial: [card('a', 5), card('b', 3)],
      changes: [
        { date: '2026-11-24', ...card('x', 8) },
        { date: '2026-11-26', ...card('b', 3, false, false) },
      ],
    });
    expect(result.days.map((d) => d.scopeChange)).toEqual([0, 8, 0, -3, 0]);
    expect(result.days.map((d) => d.scope)).toEqual([8, 16, 16, 13, 13]);
    expect(result.days.map((d) => d.remaining)).toEqual([8, 16, 16, 13, 13]);
  });

  it('keeps the ideal flat over weekends and holidays', () => {
    // Thu 26 .. Tue Dec 1 with Monday 30 off: working days Thu, Fri, Tue.
    const result = burndown({
      startDate: '2026-11-26',
      endDate: '2026-12-01',
      holidays: ['2026-11-30'],
      today: '2026-12-01',
      initial: [card('a', 6)],
      changes: [],
    });
    expect(result.days.map((d) => [d.date, d.working, d.ideal])).toEqual([
      ['2026-11-26', true, 4],
      ['2026-11-27', true, 2],
      ['2026-11-28', false, 2],
      ['2026-11-29', false, 2],
      ['2026-11-30', false, 2],
      ['2026-12-01', true, 0],
    ]);
  });

  it('never reports more remaining than scope, nor negative figures', () => {
    const state = fc.record({
      cardId: fc.constantFrom('a', 'b', 'c', 'd'),
      points: fc.constantFrom(0, 1, 2, 3, 5, 8),
      inScope: fc.boolean(),
      done: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(state, { maxLength: 4 }),
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 6 }), state }), { maxLength: 20 }),
        (initial, changes) => {
          const result = burndown({
            ...week,
            today: '2026-11-27',
            initial,
            changes: changes.map(({ day, state: s }) => ({ date: `2026-11-${23 + day - (day > 4 ? 2 : 0)}`, ...s })),
          });
          expect(result.days).toHaveLength(5);
          for (const day of result.days) {
            expect(day.remaining).not.toBeNull();
            expect(day.remaining!).toBeGreaterThanOrEqual(0);
            expect(day.remaining!).toBeLessThanOrEqual(day.scope!);
          }
          expect(result.days.at(-1)?.ideal).toBe(0);
        },
      ),
    );
  });
});
