/** One submission as the sprint review sees it. */
export interface RatedFeedback {
  rating: number;
  itemRatings: readonly { item: string; rating: number }[];
}

export interface FeedbackSummary {
  count: number;
  /** Mean overall rating, to one decimal; null with no feedback. */
  averageRating: number | null;
  /** How many gave 1, 2, 3, 4 and 5. */
  ratingCounts: [number, number, number, number, number];
  /** Per delivered item that anyone rated, in order of first appearance. */
  items: { item: string; count: number; averageRating: number }[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function summarizeFeedback(feedback: readonly RatedFeedback[]): FeedbackSummary {
  const ratingCounts: FeedbackSummary['ratingCounts'] = [0, 0, 0, 0, 0];
  const items = new Map<string, { count: number; total: number }>();
  let total = 0;
  for (const entry of feedback) {
    total += entry.rating;
    ratingCounts[entry.rating - 1] = (ratingCounts[entry.rating - 1] ?? 0) + 1;
    for (const { item, rating } of entry.itemRatings) {
      const sum = items.get(item) ?? { count: 0, total: 0 };
      items.set(item, { count: sum.count + 1, total: sum.total + rating });
    }
  }
  return {
    count: feedback.length,
    averageRating: feedback.length === 0 ? null : oneDecimal(total / feedback.length),
    ratingCounts,
    items: [...items].map(([item, sum]) => ({
      item,
      count: sum.count,
      averageRating: oneDecimal(sum.total / sum.count),
    })),
  };
}
