import { describe, expect, it } from 'vitest';
import { contributions } from './contributions.ts';

describe('contributions', () => {
  const members = [
    { memberId: 'u-priya', name: 'Priya' },
    { memberId: 'u-marco', name: 'Marco' },
  ];
  const cards = [
    { cardId: 'c1', assigneeId: 'u-priya', points: 5, done: true },
    { cardId: 'c2', assigneeId: 'u-priya', points: 3, done: false },
    { cardId: 'c3', assigneeId: 'u-marco', points: 2, done: true },
  ];

  it('shows effort (including help on others’ cards) beside results, in name order', () => {
    const result = contributions({
      members,
      cards,
      effort: [
        { memberId: 'u-priya', cardId: 'c1', minutes: 90, points: 0 },
        { memberId: 'u-priya', cardId: 'c2', minutes: 30, points: 1 },
        { memberId: 'u-marco', cardId: 'c1', minutes: 60, points: 0 },
        { memberId: 'u-marco', cardId: 'c3', minutes: 0, points: 2 },
      ],
      kudos: [
        { cardId: 'c1', toMemberId: 'u-marco' },
        { cardId: 'c1', toMemberId: 'u-priya' },
      ],
      itemRatings: [
        { cardId: 'c1', rating: 5 },
        { cardId: 'c1', rating: 4 },
        { cardId: 'c2', rating: 1 },
      ],
    });
    expect(result.map((m) => m.name)).toEqual(['Marco', 'Priya']);
    expect(result[0]).toEqual({
      memberId: 'u-marco',
      name: 'Marco',
      effort: { minutes: 60, points: 2, cardsWorkedOn: 2, cardsHelpedWith: 1 },
      results: { cardsCompleted: 1, pointsCompleted: 2, kudosReceived: 1, feedbackRating: null },
    });
    expect(result[1]?.results).toEqual({
      cardsCompleted: 1,
      pointsCompleted: 5,
      kudosReceived: 1,
      feedbackRating: 4.5,
    });
    expect(result[1]?.effort).toEqual({ minutes: 120, points: 1, cardsWorkedOn: 2, cardsHelpedWith: 0 });
  });

  it('lists members who did nothing logged, with zeros rather than leaving them out', () => {
    const [only] = contributions({ members: [members[0]!], cards: [], effort: [], kudos: [], itemRatings: [] });
    expect(only?.effort.cardsWorkedOn).toBe(0);
    expect(only?.results.feedbackRating).toBeNull();
  });
});
