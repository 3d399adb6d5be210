import { describe, expect, it } from 'vitest';
import { planCarryOver } from './carry-over.ts';

describe('planCarryOver', () => {
  it('puts the cards above the destination’s first card, in rank order, ties by id', () => {
    const plan = planCarryOver(
      [
        { id: 'z', rank: 'a1' },
        { id: 'y', rank: 'a0V' },
        { id: 'x', rank: 'a1' },
      ],
      { to: 'backlog', firstRank: 'a5' },
    );
    expect(plan.map(({ cardId, position }) => [cardId, position])).toEqual([
      ['y', 0],
      ['x', 1],
      ['z', 2],
    ]);
    const ranks = plan.map((move) => move.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(ranks.every((rank) => rank < 'a5')).toBe(true);
  });

  it('plans nothing for nothing', () => {
    expect(planCarryOver([], { to: 'sprint', firstRank: 'a0' })).toEqual([]);
  });

  it('throws on a card listed twice or a bad rank: both are caller bugs', () => {
    expect(() =>
      planCarryOver(
        [
          { id: 'a', rank: 'a0' },
          { id: 'a', rank: 'a1' },
        ],
        { to: 'backlog', firstRank: null },
      ),
    ).toThrow(RangeError);
    expect(() => planCarryOver([{ id: 'a', rank: 'a0' }], { to: 'backlog', firstRank: '!' })).toThrow(RangeError);
  });
});
