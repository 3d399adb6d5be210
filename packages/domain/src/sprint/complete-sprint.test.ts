import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysBetween } from '../rank/fractional-index.ts';
import { velocity } from './capacity.ts';
import { type CompleteSprintInput, completeSprint, type SprintCard } from './complete-sprint.ts';

const card = (id: string, rank: string, columnId: string, points: number | null, assigneeId: string | null) => ({
  id,
  rank,
  columnId,
  points,
  assigneeId,
});

// Sprint order a, b, c, d, e; loaded shuffled.
const cards: SprintCard[] = [
  card('d', 'a3', 'todo', null, 'ana'),
  card('b', 'a1', 'doing', 3, 'ben'),
  card('e', 'a4', 'done', 8, 'dee'),
  card('a', 'a0', 'done', 5, 'ana'),
  card('c', 'a2', 'done', 2, null),
];

const input: CompleteSprintInput = {
  sprint: { id: 's1', state: 'active', endDate: '2026-12-06' },
  doneColumnId: 'done',
  cards,
  availability: [
    { memberId: 'ana', availableDays: 10 },
    { memberId: 'ben', availableDays: 8 },
  ],
  carryOver: { to: 'backlog', firstRank: null },
};

const succeed = (overrides: Partial<CompleteSprintInput> = {}) => {
  const result = completeSprint({ ...input, ...overrides });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const failure = (overrides: Partial<CompleteSprintInput>) => {
  const result = completeSprint({ ...input, ...overrides });
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

describe('completeSprint', () => {
  it('records committed vs completed points per member and team, and done/unfinished cards in sprint order', () => {
    expect(succeed().record).toEqual({
      sprintId: 's1',
      endDate: '2026-12-06',
      committedPoints: 18,
      completedPoints: 15,
      totalAvailableDays: 18,
      members: [
        { memberId: 'ana', committedPoints: 5, completedPoints: 5 },
        { memberId: 'ben', committedPoints: 3, completedPoints: 0 },
        { memberId: 'dee', committedPoints: 8, completedPoints: 8 },
      ],
      doneCardIds: ['a', 'c', 'e'],
      unfinishedCardIds: ['b', 'd'],
    });
  });

  it('sends unfinished cards to the top of an empty backlog in sprint order', () => {
    expect(succeed().carryOver).toEqual([
      { cardId: 'b', to: 'backlog', position: 0, rank: 'a0' },
      { cardId: 'd', to: 'backlog', position: 1, rank: 'a1' },
    ]);
  });

  it('or to the top of the next sprint, above its first card', () => {
    const { carryOver } = succeed({
      carryOver: { to: 'sprint', sprint: { id: 's2', state: 'planned' }, firstRank: 'a0' },
    });
    expect(carryOver.map(({ cardId, to, position }) => ({ cardId, to, position }))).toEqual([
      { cardId: 'b', to: 'sprint', position: 0 },
      { cardId: 'd', to: 'sprint', position: 1 },
    ]);
    const [first, second] = carryOver;
    expect(first && second && first.rank < second.rank && second.rank < 'a0').toBe(true);
  });

  it('keeps a record that cannot be changed afterwards', () => {
    const { record } = succeed();
    expect(Object.isFrozen(record)).toBe(true);
    expect(() => (record.doneCardIds as string[]).push('x')).toThrow(TypeError);
    expect(() => {
      (record.members[0] as { completedPoints: number }).completedPoints = 99;
    }).toThrow(TypeError);
  });

  it('feeds velocity with what it recorded', () => {
    expect(velocity([succeed().record])).toEqual({ sprintsUsed: 1, averagePoints: 15, pointsPerAvailableDay: 15 / 18 });
  });

  it('completes a sprint with no cards', () => {
    const { record, carryOver } = succeed({ cards: [], availability: [] });
    expect(record.committedPoints).toBe(0);
    expect(record.members).toEqual([]);
    expect(carryOver).toEqual([]);
  });

  it('completes only an active sprint', () => {
    expect(failure({ sprint: { ...input.sprint, state: 'planned' } })).toEqual({
      code: 'INVALID_SPRINT_TRANSITION',
      message: 'Cannot complete a sprint that is planned',
    });
    expect(failure({ sprint: { ...input.sprint, state: 'completed' } }).code).toBe('INVALID_SPRINT_TRANSITION');
  });

  it('carries over only into another, planned sprint', () => {
    expect(failure({ carryOver: { to: 'sprint', sprint: { id: 's1', state: 'planned' }, firstRank: null } })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'carryOver',
      message: 'Unfinished cards cannot be carried over into the sprint being completed',
    });
    expect(failure({ carryOver: { to: 'sprint', sprint: { id: 's0', state: 'completed' }, firstRank: null } })).toEqual(
      {
        code: 'VALIDATION_FAILED',
        field: 'carryOver',
        message: 'Unfinished cards can only go to a planned sprint, not a completed one',
      },
    );
  });

  it('refuses a card listed twice rather than carrying it twice', () => {
    expect(failure({ cards: [...cards, card('b', 'a9', 'todo', 1, null)] })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'cards',
      message: 'A card appears twice in the sprint',
    });
  });

  it('never loses or duplicates a card and keeps the sprint order (property)', () => {
    const scenario = fc
      .record({
        n: fc.integer({ min: 0, max: 25 }),
        backlogSize: fc.integer({ min: 0, max: 10 }),
        toSprint: fc.boolean(),
      })
      .chain(({ n, backlogSize, toSprint }) =>
        fc.record({
          // some ranks repeat, as they can across columns; the id breaks the tie
          rankIndexes: fc.array(fc.nat(Math.max(0, n - 1)), { minLength: n, maxLength: n }),
          done: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          points: fc.array(fc.option(fc.integer({ min: 0, max: 13 })), { minLength: n, maxLength: n }),
          shuffle: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
          backlog: fc.constant(keysBetween(null, null, backlogSize).map((rank, i) => ({ id: `old${i}`, rank }))),
          toSprint: fc.constant(toSprint),
        }),
      );
    fc.assert(
      fc.property(scenario, ({ rankIndexes, done, points, shuffle, backlog, toSprint }) => {
        const ranks = keysBetween(null, null, rankIndexes.length);
        const sprintCards = shuffle.map((i) =>
          card(
            `c${String(i).padStart(2, '0')}`,
            ranks[rankIndexes[i] ?? 0] ?? 'a0',
            done[i] ? 'done' : 'doing',
            points[i] ?? null,
            null,
          ),
        );
        const firstRank = backlog[0]?.rank ?? null;
        const result = completeSprint({
          ...input,
          cards: sprintCards,
          carryOver: toSprint
            ? { to: 'sprint', sprint: { id: 's2', state: 'planned' }, firstRank }
            : { to: 'backlog', firstRank },
        });
        if (!result.ok) throw new Error(result.error.message);
        const { record, carryOver } = result.value;

        const sprintOrder = [...sprintCards]
          .sort((a, b) => (a.rank === b.rank ? (a.id < b.id ? -1 : 1) : a.rank < b.rank ? -1 : 1))
          .map((c) => c.id);
        // every card is done or unfinished, exactly once, each list in sprint order
        expect([...record.doneCardIds, ...record.unfinishedCardIds].sort()).toEqual(
          sprintCards.map((c) => c.id).sort(),
        );
        expect(record.doneCardIds).toEqual(
          sprintOrder.filter((id) => sprintCards.find((c) => c.id === id)?.columnId === 'done'),
        );
        expect(record.unfinishedCardIds).toEqual(sprintOrder.filter((id) => !record.doneCardIds.includes(id)));
        expect(record.completedPoints).toBeLessThanOrEqual(record.committedPoints);

        // the plan moves exactly the unfinished cards, to positions 0..n-1
        expect(carryOver.map((m) => m.cardId)).toEqual(record.unfinishedCardIds);
        expect(carryOver.map((m) => m.position)).toEqual(carryOver.map((_, i) => i));
        expect(carryOver.every((m) => m.to === (toSprint ? 'sprint' : 'backlog'))).toBe(true);

        // applied to the destination, they sit on top in order, above the cards already there
        const after = [
          ...backlog.map((c) => ({ id: c.id, rank: c.rank })),
          ...carryOver.map((m) => ({ id: m.cardId, rank: m.rank })),
        ]
          .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
          .map((c) => c.id);
        expect(after).toEqual([...record.unfinishedCardIds, ...backlog.map((c) => c.id)]);
        const allRanks = [...backlog.map((c) => c.rank), ...carryOver.map((m) => m.rank)];
        expect(new Set(allRanks).size).toBe(allRanks.length);
      }),
    );
  });
});
