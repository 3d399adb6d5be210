import type { PublicSprintReview } from '@echoboard/contracts';
import { useEffect, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { getSharedReview } from '../../api/review.ts';
import { ReviewContent } from './ReviewContent.tsx';
import './review.css';

/**
 * /r/<token>: a sprint review a lead shared with stakeholders. Read-only and self-contained: no
 * app header, no navigation, nothing to edit; the same sections the team sees, printable.
 */
export default function SharedReviewPage({ token }: { token: string }) {
  const [review, setReview] = useState<PublicSprintReview | null>(null);
  const [error, setError] = useState<{ gone: boolean; message: string } | null>(null);

  useEffect(() => {
    getSharedReview(token)
      .then((r) => {
        setReview(r);
        document.title = `${r.sprint.name} · review by ${r.teamName}`;
      })
      .catch((e) => setError({ gone: isApiError(e) && e.status === 404, message: describeError(e) }));
  }, [token]);

  if (error) {
    return (
      <section className="message" aria-labelledby="shared-title">
        <h1 id="shared-title">{error.gone ? 'This link is not valid' : 'Something went wrong'}</h1>
        <p>
          {error.gone
            ? 'The review link may have been revoked or may have expired. Ask the team that shared it for a new one.'
            : error.message}
        </p>
      </section>
    );
  }
  if (!review) {
    return (
      <p className="app__loading" role="status">
        Loading the review…
      </p>
    );
  }
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
