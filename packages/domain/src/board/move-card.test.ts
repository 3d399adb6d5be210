import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysBetween } from '../rank/fractional-index.ts';
import { RANK_KEY_MAX_LENGTH, rebalanceKeys } from '../rank/rebalance.ts';
import { type MoveCommand, type MovePlan, planMove, type RankedCard, sortByRank } from './move-card.ts';

/** Board from column → ids, ranked in that order; shuffled so planMove cannot rely on input order. */
const board = (columns: Record<string, string[]>): RankedCard[] =>
  Object.entries(columns)
    .flatMap(([columnId, ids]) => {
      const ranks = rebalanceKeys(ids.length);
      return ids.map((id, i) => ({ id, columnId, rank: ranks[i]! }));
    })
    .reverse();

/** Apply a plan the way the API does: one row, or the whole target column when rebalancing. */
const apply = (cards: RankedCard[], plan: MovePlan): RankedCard[] => {
  const moved = cards.map((c) => (c.id === plan.cardId ? { ...c, columnId: plan.toColumnId, rank: plan.rank } : c));
  if (!plan.rebalance) return moved;
  const ranks = new Map(plan.order.map((id, i) => [id, rebalanceKeys(plan.order.length)[i]!]));
  return moved.map((c) => ({ ...c, rank: ranks.get(c.id) ?? c.rank }));
};

const columnIds = (cards: readonly RankedCard[], columnId: string) =>
  sortByRank(cards.filter((c) => c.columnId === columnId)).map((c) => c.id);

const planOf = (cards: readonly RankedCard[], command: MoveCommand): MovePlan => {
  const result = planMove(cards, command);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
};

const errorOf = (cards: readonly RankedCard[], command: MoveCommand) => {
  const result = planMove(cards, command);
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('planMove placement', () => {
  const cards = board({ todo: ['a', 'b', 'c'], doing: ['d', 'e'], done: [] });
  const orderAfter = (command: MoveCommand) => columnIds(apply(cards, planOf(cards, command)), command.toColumnId);

  it('afterCardId: directly after that card', () => {
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing', afterCardId: 'd' })).toEqual(['d', 'a', 'e']);
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing', afterCardId: 'e' })).toEqual(['d', 'e', 'a']);
    expect(orderAfter({ cardId: 'a', toColumnId: 'todo', afterCardId: 'b' })).toEqual(['b', 'a', 'c']);
  });

  it('beforeCardId: directly before that card', () => {
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing', beforeCardId: 'd' })).toEqual(['a', 'd', 'e']);
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing', beforeCardId: 'e' })).toEqual(['d', 'a', 'e']);
    expect(orderAfter({ cardId: 'c', toColumnId: 'todo', beforeCardId: 'a' })).toEqual(['c', 'a', 'b']);
  });

  it('afterCardId null: first in the column', () => {
    expect(orderAfter({ cardId: 'c', toColumnId: 'doing', afterCardId: null })).toEqual(['c', 'd', 'e']);
    expect(orderAfter({ cardId: 'c', toColumnId: 'todo', afterCardId: null })).toEqual(['c', 'a', 'b']);
  });

  it('a beforeCardId takes precedence over afterCardId null', () => {
    expect(orderAfter({ cardId: 'c', toColumnId: 'todo', afterCardId: null, beforeCardId: 'b' })).toEqual([
      'a',
      'c',
      'b',
    ]);
  });

  it('no anchor: last in the column', () => {
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing' })).toEqual(['d', 'e', 'a']);
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing', beforeCardId: null })).toEqual(['d', 'e', 'a']);
    expect(orderAfter({ cardId: 'a', toColumnId: 'todo' })).toEqual(['b', 'c', 'a']);
  });

  it('into an empty column', () => {
    const plan = planOf(cards, { cardId: 'b', toColumnId: 'done' });
    expect(plan).toEqual({
      cardId: 'b',
      fromColumnId: 'todo',
      toColumnId: 'done',
      rank: 'a0',
      order: ['b'],
      rebalance: false,
    });
  });

  it('when both anchors are given and not adjacent, afterCardId wins', () => {
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing', afterCardId: 'e', beforeCardId: 'd' })).toEqual([
      'd',
      'e',
      'a',
    ]);
    // a stale or missing beforeCardId is ignored when afterCardId is usable
    expect(orderAfter({ cardId: 'a', toColumnId: 'doing', afterCardId: 'd', beforeCardId: 'gone' })).toEqual([
      'd',
      'a',
      'e',
    ]);
  });

  it('writes only the moved card: its rank lies between its new neighbours', () => {
    const plan = planOf(cards, { cardId: 'a', toColumnId: 'doing', afterCardId: 'd' });
    const rank = (id: string) => cards.find((c) => c.id === id)!.rank;
    expect(rank('d') < plan.rank && plan.rank < rank('e')).toBe(true);
    expect(plan).toMatchObject({ fromColumnId: 'todo', toColumnId: 'doing', order: ['d', 'a', 'e'], rebalance: false });
  });

  it.each<MoveCommand>([
    { cardId: 'b', toColumnId: 'todo', afterCardId: 'a' },
    { cardId: 'b', toColumnId: 'todo', beforeCardId: 'c' },
    { cardId: 'a', toColumnId: 'todo', afterCardId: null },
    { cardId: 'c', toColumnId: 'todo' },
  ])('moving a card to where it already is keeps its rank (%j)', (command) => {
    const plan = planOf(cards, command);
    expect(plan.rank).toBe(cards.find((c) => c.id === command.cardId)!.rank);
    expect(plan.order).toEqual(['a', 'b', 'c']);
  });
});

describe('planMove errors', () => {
  const cards = board({ todo: ['a', 'b'], doing: ['d'] });

  it('CARD_NOT_FOUND when the moved card is not there', () => {
    expect(errorOf(cards, { cardId: 'zz', toColumnId: 'todo' }).code).toBe('CARD_NOT_FOUND');
  });

  it.each<MoveCommand>([
    { cardId: 'a', toColumnId: 'doing', afterCardId: 'missing' },
    { cardId: 'a', toColumnId: 'doing', beforeCardId: 'missing' },
    // the anchor exists, but in another column: the person dropped it next to a card that moved away
    { cardId: 'a', toColumnId: 'doing', afterCardId: 'b' },
    { cardId: 'd', toColumnId: 'doing', beforeCardId: 'a' },
  ])('ANCHOR_NOT_FOUND when the anchor is not in the target column (%j)', (command) => {
    expect(errorOf(cards, command)).toEqual({
      code: 'ANCHOR_NOT_FOUND',
      message: 'The card it was to be placed next to is no longer in that column. Reload the board and try again.',
    });
  });

  it.each<MoveCommand>([
    { cardId: 'a', toColumnId: 'todo', afterCardId: 'a' },
    { cardId: 'a', toColumnId: 'todo', beforeCardId: 'a' },
    { cardId: 'a', toColumnId: 'doing', afterCardId: 'd', beforeCardId: 'a' },
  ])('INVALID_MOVE when the card is its own anchor (%j)', (command) => {
    expect(errorOf(cards, command).code).toBe('INVALID_MOVE');
  });
});

describe('planMove rebalance', () => {
  it('asks for a rebalance once repeated drops at one spot make the key too long', () => {
    let cards = board({ todo: ['first', 'last'], inbox: Array.from({ length: 400 }, (_, i) => `n${i}`) });
    let plan: MovePlan | undefined;
    for (let i = 0; i < 400 && !plan?.rebalance; i++) {
      plan = planOf(cards, { cardId: `n${i}`, toColumnId: 'todo', afterCardId: 'first' });
      expect(plan.rank.length > RANK_KEY_MAX_LENGTH).toBe(plan.rebalance);
      cards = apply(cards, plan);
    }
    expect(plan?.rebalance).toBe(true);
    const ranks = cards.filter((c) => c.columnId === 'todo').map((c) => c.rank);
    expect(Math.max(...ranks.map((r) => r.length))).toBeLessThanOrEqual(3);
    // the rebalanced column keeps the order the moves produced: newest drop right after "first"
    const order = columnIds(cards, 'todo');
    expect(order).toEqual(plan?.order);
    expect(order.slice(0, 3)).toEqual(['first', plan?.cardId, plan && `n${Number(plan.cardId.slice(1)) - 1}`]);
    expect(order.at(-1)).toBe('last');
  });
});

describe('sortByRank', () => {
  it('sorts byte-wise and keeps the input order of equal ranks', () => {
    const items = [
      { id: 1, rank: 'a1' },
      { id: 2, rank: 'a0V' },
      { id: 3, rank: 'Zz' },
      { id: 4, rank: 'a0V' },
      { id: 5, rank: 'a0a' },
      { id: 6, rank: 'a0B' },
    ];
    expect(sortByRank(items).map((i) => i.id)).toEqual([3, 6, 2, 4, 5, 1]);
    expect(items[0]!.id).toBe(1); // input untouched
  });
});

describe('planMove model', () => {
  const COLUMNS = ['c0', 'c1', 'c2'] as const;
  const stepArb = fc.record({
    card: fc.nat(),
    column: fc.nat(COLUMNS.length - 1),
    kind: fc.constantFrom('after', 'before', 'first', 'last', 'both'),
    anchor: fc.nat(),
    other: fc.nat(),
  });

  it('property: every card stays exactly once, columns stay totally ordered, order matches an array model', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(6), fc.nat(6), fc.nat(6)),
        fc.array(stepArb, { minLength: 1, maxLength: 60 }),
        (sizes, steps) => {
          let n = 0;
          const model: Record<string, string[]> = {};
          COLUMNS.forEach((col, i) => {
            model[col] = Array.from({ length: sizes[i]! }, () => `k${n++}`);
          });
          if (n === 0) return;
          let cards = board(model);
          const allIds = Object.values(model).flat();

          for (const step of steps) {
            const cardId = allIds[step.card % allIds.length]!;
            const toColumnId = COLUMNS[step.column]!;
            const fromColumnId = cards.find((c) => c.id === cardId)!.columnId;
            const target = model[toColumnId]!.filter((id) => id !== cardId);
            const pick = (k: number) => target[k % Math.max(target.length, 1)];
            const anchor = pick(step.anchor);
            const command: MoveCommand = { cardId, toColumnId };
            let at = target.length;
            if (step.kind === 'first') {
              command.afterCardId = null;
              at = 0;
            } else if (anchor !== undefined && step.kind === 'before') {
              command.beforeCardId = anchor;
              at = target.indexOf(anchor);
            } else if (anchor !== undefined && (step.kind === 'after' || step.kind === 'both')) {
              command.afterCardId = anchor;
              if (step.kind === 'both') command.beforeCardId = pick(step.other) ?? null;
              at = target.indexOf(anchor) + 1;
            }
            const unchanged = fromColumnId === toColumnId && model[toColumnId]!.indexOf(cardId) === at;
            const oldRank = cards.find((c) => c.id === cardId)!.rank;

            const plan = planOf(cards, command);
            // only the moved card and its target column are needed
            const needed = cards.filter((c) => c.id === cardId || c.columnId === toColumnId);
            expect(planOf(needed, command)).toEqual(plan);

            model[fromColumnId] = model[fromColumnId]!.filter((id) => id !== cardId);
            model[toColumnId] = target.toSpliced(at, 0, cardId);
            cards = apply(cards, plan);

            expect(plan.fromColumnId).toBe(fromColumnId);
            expect(plan.order).toEqual(model[toColumnId]);
            if (unchanged) expect(plan.rank).toBe(oldRank);
          }

          expect(cards.map((c) => c.id).sort()).toEqual([...allIds].sort());
          for (const col of COLUMNS) {
            const ranks = sortByRank(cards.filter((c) => c.columnId === col)).map((c) => c.rank);
            expect(new Set(ranks).size).toBe(ranks.length);
            expect(columnIds(cards, col)).toEqual(model[col]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('seeding a column with keysBetween gives the same order as the ids', () => {
    const ranks = keysBetween(null, null, 5);
    const cards = ['v', 'w', 'x', 'y', 'z'].map((id, i) => ({ id, columnId: 'c', rank: ranks[i]! }));
    expect(planOf(cards, { cardId: 'z', toColumnId: 'c', afterCardId: 'v' }).order).toEqual(['v', 'z', 'w', 'x', 'y']);
  });
});
