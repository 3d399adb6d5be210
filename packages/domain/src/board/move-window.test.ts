import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyBetween } from '../rank/fractional-index.ts';
import { type MoveCommand, planMove, type RankedCard } from './move-card.ts';
import { moveWindow, selectWindow } from './move-window.ts';

/** A column built by random inserts (so keys have mixed lengths), plus the moved card elsewhere. */
function column(inserts: number[]): RankedCard[] {
  const ranks: string[] = [];
  for (const at of inserts) {
    const i = at % (ranks.length + 1);
    ranks.splice(i, 0, keyBetween(ranks[i - 1] ?? null, ranks[i] ?? null));
  }
  return ranks.map((rank, i) => ({ id: `k${i}`, columnId: 'to', rank }));
}

const anchorArb = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant('moved'),
  fc.constant('missing'),
  fc.nat(40).map((i) => `k${i}`),
);

describe('moveWindow', () => {
  it('follows planMove precedence: an after id wins, then a before id, then first or last', () => {
    expect(moveWindow({ afterCardId: 'a', beforeCardId: 'b' })).toEqual({ kind: 'after', anchorId: 'a' });
    expect(moveWindow({ afterCardId: null, beforeCardId: 'b' })).toEqual({ kind: 'before', anchorId: 'b' });
    expect(moveWindow({ afterCardId: null })).toEqual({ kind: 'first' });
    expect(moveWindow({ beforeCardId: null })).toEqual({ kind: 'last' });
    expect(moveWindow({})).toEqual({ kind: 'last' });
  });

  it('selects at most two adjacent cards, never the moved one', () => {
    const cards = column([0, 1, 2, 3]);
    const ids = (w: ReturnType<typeof moveWindow>, moved = 'x') => selectWindow(cards, moved, w).map((c) => c.id);
    const order = [...cards].sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((c) => c.id);
    expect(ids({ kind: 'first' })).toEqual(order.slice(0, 1));
    expect(ids({ kind: 'last' })).toEqual(order.slice(-1));
    expect(ids({ kind: 'after', anchorId: order[1]! })).toEqual([order[1], order[2]]);
    expect(ids({ kind: 'before', anchorId: order[1]! })).toEqual([order[0], order[1]]);
    expect(ids({ kind: 'after', anchorId: order[1]! }, order[2]!)).toEqual([order[1], order[3]]);
    expect(ids({ kind: 'after', anchorId: 'missing' })).toEqual([]);
  });

  it('property: planMove on the window gives the same rank, rebalance flag and error as on the whole column', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 40 }),
        fc.boolean(),
        fc.nat(),
        anchorArb,
        anchorArb,
        (inserts, sameColumn, pickMoved, afterCardId, beforeCardId) => {
          const target = column(inserts);
          // the moved card: one of the column's own cards, or one from another column
          const own = target[pickMoved % Math.max(target.length, 1)];
          const moved: RankedCard = sameColumn && own ? own : { id: 'moved', columnId: 'from', rank: 'a0' };
          const command: MoveCommand = { cardId: moved.id, toColumnId: 'to' };
          if (afterCardId !== undefined) command.afterCardId = afterCardId === 'moved' ? moved.id : afterCardId;
          if (beforeCardId !== undefined) command.beforeCardId = beforeCardId === 'moved' ? moved.id : beforeCardId;

          const whole = planMove([...target.filter((c) => c.id !== moved.id), moved], command);
          const window = selectWindow(target, moved.id, moveWindow(command));
          expect(window.length).toBeLessThanOrEqual(2);
          const windowed = planMove([...window, moved], command);
          expect(windowed.ok).toBe(whole.ok);
          if (whole.ok && windowed.ok) {
            expect(windowed.value.rank).toBe(whole.value.rank);
            expect(windowed.value.rebalance).toBe(whole.value.rebalance);
          }
          if (!whole.ok && !windowed.ok) expect(windowed.error).toEqual(whole.error);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a window next to a very long key still asks for the rebalance', () => {
    let long = 'a0';
    const keys = ['a0'];
    for (let i = 0; i < 400 && long.length <= 48; i++) {
      long = keyBetween('a0', long === 'a0' ? 'a1' : long);
      keys.push(long);
    }
    const target: RankedCard[] = [
      { id: 'first', columnId: 'to', rank: 'a0' },
      { id: 'second', columnId: 'to', rank: long },
    ];
    const moved: RankedCard = { id: 'moved', columnId: 'from', rank: 'b0' };
    const command = { cardId: 'moved', toColumnId: 'to', afterCardId: 'first' };
    const plan = planMove([...selectWindow(target, 'moved', moveWindow(command)), moved], command);
    expect(plan.ok && plan.value.rebalance).toBe(true);
  });
});
