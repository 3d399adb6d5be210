import { useCallback } from 'react';
import { getFeedbackSummary } from '../../api/feedback.ts';
import { LoadError } from '../common/LoadError.tsx';
import { useLoad } from '../common/useLoad.ts';

/** For the sprint review: how many answered, the average rating, and per delivered item. */
export function SprintFeedbackSummary({ sprintId }: { sprintId: string }) {
  const { data: summary, error, reload: load } = useLoad(useCallback(() => getFeedbackSummary(sprintId), [sprintId]));
  if (error)
    return <LoadError level={2} title="Could not load the summary for the review" error={error} retry={load} />;
  if (!summary) return null;
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">For the sprint review</h2>
      {summary.count === 0 ? (
        <p>No feedback for this sprint yet. Send a link above to the people the sprint was for.</p>
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
