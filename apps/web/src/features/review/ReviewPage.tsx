import type { Sprint } from '@echoboard/contracts';
import { useCallback, useMemo } from 'react';
import { getSprintReview, listReviewableSprints } from '../../api/review.ts';
import { navigate, reviewPath, useSearchParam } from '../../app/routes.ts';
import { roleIn, useAppStore } from '../../store/index.ts';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { ReviewContent } from './ReviewContent.tsx';
import { ShareReview } from './ShareReview.tsx';
import './review.css';

const completedOn = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** How the picker tells sprints apart: running, or when it was completed (not its planned end). */
const sprintStatus = (sprint: Sprint) =>
  sprint.state === 'active'
    ? 'running'
    : sprint.completedAt
      ? `completed ${completedOn.format(new Date(sprint.completedAt))}`
      : `ended ${sprint.endDate}`;

/** The sprint review of a board: pick a sprint (latest first), read its figures, print, export or share. */
export default function ReviewPage({ boardId }: { boardId: string }) {
  const me = useAppStore((s) => s.me);
  const listed = useLoad(useCallback(() => listReviewableSprints(boardId), [boardId]));
  const sprints = listed.data;
  const wanted = useSearchParam('sprint');
  // The sprint named in the address if it has a review; otherwise the newest (the list is latest first).
  const sprintId = sprints?.find((s) => s.id === wanted)?.id ?? sprints?.[0]?.id ?? null;
  const reviewed = useLoad(useMemo(() => (sprintId ? () => getSprintReview(sprintId) : null), [sprintId]));
  const review = reviewed.data;

  const failed = listed.error ? listed : reviewed.error ? reviewed : null;
  if (failed) return <LoadError title="Could not load the sprint review" error={failed.error} retry={failed.reload} />;
  if (!sprints) return <Loading>Loading sprints…</Loading>;
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
          Sprint {/* Replacing the address: picking another sprint is not a page to go back to. */}
          <select
            value={sprintId ?? ''}
            onChange={(e) => navigate(reviewPath(boardId, e.target.value), { replace: true })}
          >
            {sprints.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({sprintStatus(s)})
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
        <Loading>Loading the review…</Loading>
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
