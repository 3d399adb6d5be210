import type { SubmittedFeedback } from '@echoboard/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { getFeedbackPage } from '../../api/feedback.ts';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import { FeedbackForm } from './FeedbackForm.tsx';

/** /f/<token>: what the sprint delivered, and the form; then a thank-you with the receipt link. */
export function FeedbackPage({ token }: { token: string }) {
  const [sent, setSent] = useState<SubmittedFeedback | null>(null);
  const thanksRef = useRef<HTMLHeadingElement>(null);

  const { data: page, error, reload: load } = useLoad(useCallback(() => getFeedbackPage(token), [token]));
  useEffect(() => {
    if (page) document.title = `Feedback for ${page.teamName}`;
  }, [page]);

  useEffect(() => {
    if (sent) thanksRef.current?.focus();
  }, [sent]);

  // A dead link stays dead; anything else (offline, a server hiccup) may pass, so offer another try.
  if (isApiError(error) && error.status === 404) {
    return (
      <section className="message feedback-page" aria-labelledby="fb-title">
        <h1 id="fb-title">This feedback link does not work</h1>
        <p>{describeError(error)}</p>
      </section>
    );
  }
  if (error) return <LoadError title="Could not open the feedback form" error={error} retry={load} />;
  if (!page) return <Loading>Loading…</Loading>;
  if (sent) {
    const receiptUrl = new URL(sent.url, window.location.origin).toString();
    return (
      <section className="message feedback-page" aria-labelledby="fb-thanks">
        <h1 id="fb-thanks" ref={thanksRef} tabIndex={-1}>
          Thank you!
        </h1>
        <p>{page.teamName} will read your feedback.</p>
        <p>
          Keep this link to see what becomes of it: <a href={sent.url}>{receiptUrl}</a>
        </p>
      </section>
    );
  }
  return (
    <section className="feedback-page" aria-labelledby="fb-title">
      <h1 id="fb-title">Your feedback for {page.teamName}</h1>
      <p className="feedback-page__sprint">
        Sprint <strong>{page.sprintName}</strong>
        {page.sprintGoal ? <>: {page.sprintGoal}</> : null}
      </p>
      {page.message ? <p className="feedback-page__message">{page.message}</p> : null}
      {page.items.length > 0 ? (
        <>
          <h2>What was delivered</h2>
          <ul className="feedback-page__delivered">
            {page.items.map((item) => (
              <li key={item.key}>{item.title}</li>
            ))}
          </ul>
        </>
      ) : null}
      <FeedbackForm token={token} page={page} onSubmitted={setSent} />
    </section>
  );
}
