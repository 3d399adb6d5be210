import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeFeedback } from './summary.ts';

describe('summarizeFeedback', () => {
  it('is empty with no feedback', () => {
    expect(summarizeFeedback([])).toEqual({ count: 0, averageRating: null, ratingCounts: [0, 0, 0, 0, 0], items: [] });
  });

  it('averages overall and per item, to one decimal', () => {
    const summary = summarizeFeedback([
      { rating: 5, itemRatings: [{ item: 'x', rating: 4 }] },
      { rating: 4, itemRatings: [] },
      {
        rating: 4,
        itemRatings: [
          { item: 'x', rating: 1 },
          { item: 'y', rating: 5 },
        ],
      },
    ]);
    expect(summary).toEqual({
      count: 3,
      averageRating: 4.3,
      ratingCounts: [0, 0, 0, 2, 1],
      items: [
        { item: 'x', count: 2, averageRating: 2.5 },
        { item: 'y', count: 1, averageRating: 5 },
      ],
    });
  });

  it('keeps the average between the lowest and highest rating and the counts summing to the total', () => {
    const rating = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(rating, { minLength: 1 }), (ratings) => {
        const summary = summarizeFeedback(ratings.map((r) => ({ rating: r, itemRatings: [] })));
        expect(summary.ratingCounts.reduce((a, b) => a + b, 0)).toBe(ratings.length);
        expect(summary.averageRating).toBeGreaterThanOrEqual(Math.min(...ratings));
        expect(summary.averageRating).toBeLessThanOrEqual(Math.max(...ratings));
      }),
    );
  });
});
