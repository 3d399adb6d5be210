import type { FeedbackSummary } from '@echoboard/contracts';
import { useEffect, useState } from 'react';
import { getFeedbackSummary } from '../../api/feedback.ts';

/** For the sprint review: how many answered, the average rating, and per delivered item. */
export function SprintFeedbackSummary({ sprintId }: { sprintId: string }) {
  const [summary, setSummary] = useState<FeedbackSummary | null>(null);
  useEffect(() => {
    getFeedbackSummary(sprintId)
      .then(setSummary)
      .catch(() => setSummary(null));
  }, [sprintId]);
  if (!summary) return null;
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">For the sprint review</h2>
      {summary.count === 0 ? (
        <p>No feedback for this sprint yet.</p>
      ) : (
        <>
          <p>
            {summary.count} {summary.count === 1 ? 'answer' : 'answers'}, average rating {summary.averageRating} of 5 (
            {summary.ratingCounts.map((n, i) => `${i + 1}: ${n}`).join(', ')}).
          </p>
          {summary.items.length > 0 ? (
            <ul aria-label="Ratings per delivered item">
              {summary.items.map((item) => (
                <li key={item.cardId}>
                  {item.title}: {item.averageRating} of 5 from {item.count}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </section>
  );
}
