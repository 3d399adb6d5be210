import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWipForMove, wipStatus } from './wip.ts';

describe('wipStatus', () => {
  it.each([
    [5, null, 'none'],
    [0, 3, 'under'],
    [2, 3, 'under'],
    [3, 3, 'at'],
    [4, 3, 'over'],
    [0, 0, 'at'],
  ] as const)('%i cards, limit %s → %s', (count, limit, state) => {
    expect(wipStatus(count, limit)).toEqual({ count, limit, state });
  });
});

describe('checkWipForMove', () => {
  const base = { columnName: 'Doing', limit: 3, sameColumn: false, hard: true };

  it('lets a card into a column below its limit', () => {
    expect(checkWipForMove({ ...base, targetCount: 1 })).toEqual({ ok: true, value: { overAfter: false } });
    // filling the last slot reaches the limit without exceeding it
    expect(checkWipForMove({ ...base, targetCount: 2 })).toEqual({ ok: true, value: { overAfter: false } });
  });

  it('blocks a move into a full column when the limit is hard', () => {
    expect(checkWipForMove({ ...base, targetCount: 3 })).toEqual({
      ok: false,
      error: { code: 'WIP_LIMIT_EXCEEDED', message: '"Doing" is at its WIP limit (3/3)' },
    });
  });

  it('says "over" when the column already exceeds a lowered limit', () => {
    const result = checkWipForMove({ ...base, targetCount: 5 });
    expect(result.ok ? '' : result.error.message).toBe('"Doing" is over its WIP limit (5/3)');
  });

  it('only warns when the limit is soft', () => {
    expect(checkWipForMove({ ...base, hard: false, targetCount: 3 })).toEqual({ ok: true, value: { overAfter: true } });
  });

  it('always allows reordering inside a column, even a full or over-full one', () => {
    expect(checkWipForMove({ ...base, sameColumn: true, targetCount: 3 })).toEqual({
      ok: true,
      value: { overAfter: false },
    });
    expect(checkWipForMove({ ...base, sameColumn: true, targetCount: 4 })).toEqual({
      ok: true,
      value: { overAfter: true },
    });
  });

  it('never limits a column without a limit', () => {
    expect(checkWipForMove({ ...base, limit: null, targetCount: 999 })).toEqual({
      ok: true,
      value: { overAfter: false },
    });
  });

  it('property: a hard move fails exactly when it would push the count above the limit', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.option(fc.nat(50)), fc.boolean(), fc.boolean(), (count, limit, sameColumn, hard) => {
        const after = sameColumn ? count : count + 1;
        const exceeds = limit !== null && after > limit;
        const result = checkWipForMove({ targetCount: count, limit, sameColumn, hard, columnName: 'C' });
        expect(result.ok).toBe(!(hard && exceeds && !sameColumn));
        if (result.ok) {
          expect(result.value.overAfter).toBe(exceeds);
          expect(wipStatus(after, limit).state === 'over').toBe(exceeds);
        }
      }),
    );
  });
});
