import type { Sprint, SprintReview } from '@echoboard/contracts';
import { useCallback, useEffect, useState } from 'react';
import { getSprintReview, listReviewableSprints } from '../../api/review.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { LoadError } from '../common/LoadError.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { ReviewContent } from './ReviewContent.tsx';
import { ShareReview } from './ShareReview.tsx';
import './review.css';

/** The sprint review of a board: pick a sprint (latest first), read its figures, print, export or share. */
export default function ReviewPage({ boardId }: { boardId: string }) {
  const me = useAppStore((s) => s.me);
  const [sprints, setSprints] = useState<Sprint[] | null>(null);
  const [sprintId, setSprintId] = useState<string | null>(null);
  const [review, setReview] = useState<SprintReview | null>(null);
  const [error, setError] = useState<unknown>(null);

  const loadSprints = useCallback(() => {
    setError(null);
    listReviewableSprints(boardId)
      .then((list) => {
        setSprints(list);
        setSprintId((current) => current ?? list[0]?.id ?? null);
      })
      .catch(setError);
  }, [boardId]);
  useEffect(loadSprints, [loadSprints]);

  const loadReview = useCallback(() => {
    if (!sprintId) return;
    setError(null);
    setReview(null);
    getSprintReview(sprintId).then(setReview).catch(setError);
  }, [sprintId]);
  useEffect(loadReview, [loadReview]);

  if (error) {
    return (
      <LoadError title="Could not load the sprint review" error={error} retry={sprints ? loadReview : loadSprints} />
    );
  }
  if (!sprints) return <p role="status">Loading sprints…</p>;
  if (sprints.length === 0) {
    return (
      <section className="review">
        <h1>Sprint review</h1>
        <p>No sprint has started on this board yet. Plan one and start it; its review appears here.</p>
      </section>
    );
  }
  return (
    <section className="review" aria-labelledby="review-title">
      <header className="review__header">
        <h1 id="review-title">Sprint review</h1>
        <label className="review__picker">
          Sprint{' '}
          <select value={sprintId ?? ''} onChange={(e) => setSprintId(e.target.value)}>
            {sprints.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.state === 'active' ? 'running' : `ended ${s.endDate}`})
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        {review ? <ExportButtons teamId={review.sprint.teamId} /> : null}
      </header>
      {!review ? (
        <p role="status">Loading the review…</p>
      ) : (
        <>
          <ReviewContent
            review={{
              ...review,
              cardCount: review.cards.length,
              doneCount: review.cards.filter((c) => c.done).length,
            }}
          />
          {roleIn(me, review.sprint.teamId) === 'lead' ? (
            <ShareReview key={review.sprint.id} sprintId={review.sprint.id} />
          ) : null}
        </>
      )}
    </section>
  );
}
