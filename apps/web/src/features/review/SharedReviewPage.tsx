import { useCallback, useEffect } from 'react';
import { isApiError } from '../../api/client.ts';
import { getSharedReview } from '../../api/review.ts';
import { LoadError } from '../common/LoadError.tsx';
import { useLoad } from '../common/useLoad.ts';
import { ReviewContent } from './ReviewContent.tsx';
import './review.css';
import { Loading } from '../common/Loading.tsx';

/**
 * /r/<token>: a sprint review a lead shared with stakeholders. Read-only and self-contained: no
 * app header, no navigation, nothing to edit; the same sections the team sees, printable.
 */
export default function SharedReviewPage({ token }: { token: string }) {
  const { data: review, error, reload: load } = useLoad(useCallback(() => getSharedReview(token), [token]));
  useEffect(() => {
    if (review) document.title = `${review.sprint.name} · review by ${review.teamName}`;
  }, [review]);

  // A dead link stays dead; anything else (offline, a server hiccup) may pass, so offer another try.
  if (isApiError(error) && error.status === 404) {
    return (
      <section className="message" aria-labelledby="shared-title">
        <h1 id="shared-title">This link is not valid</h1>
        <p>The review link may have been revoked or may have expired. Ask the team that shared it for a new one.</p>
      </section>
    );
  }
  if (error) return <LoadError title="Could not open the review" error={error} retry={load} />;
  if (!review) return <Loading>Loading the review…</Loading>;
  const asOf = new Date(review.generatedAt).toLocaleString();
  return (
    <section className="review" aria-labelledby="shared-title">
      <header className="review__header">
        <h1 id="shared-title">Read-only review shared by {review.teamName}</h1>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </header>
      <p className="review__note">
        Figures as of {asOf}. This link works until {new Date(review.expiresAt).toLocaleDateString()}.
      </p>
      <ReviewContent review={review} asOf={asOf} />
    </section>
  );
}
