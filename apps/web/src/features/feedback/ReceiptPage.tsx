import type { FeedbackReceipt } from '@echoboard/contracts';
import { useEffect, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { getReceipt } from '../../api/feedback.ts';

/** /f/receipt/<receipt>: what became of a piece of feedback. */
export function ReceiptPage({ receipt }: { receipt: string }) {
  const [state, setState] = useState<FeedbackReceipt | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    getReceipt(receipt)
      .then(setState)
      .catch((e) => setError(describeError(e)));
  }, [receipt]);

  if (error) {
    return (
      <section className="message" aria-labelledby="receipt-title">
        <h1 id="receipt-title">Receipt not found</h1>
        <p>{error}</p>
      </section>
    );
  }
  if (!state) {
    return (
      <p className="app__loading" role="status">
        Loading…
      </p>
    );
  }
  return (
    <section className="message" aria-labelledby="receipt-title">
      <h1 id="receipt-title">Your feedback on sprint {state.sprintName}</h1>
      <p className="receipt__status">{state.message}</p>
      <p className="field__hint">Sent {new Date(state.submittedAt).toLocaleString()}.</p>
    </section>
  );
}
