import { useCallback } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { getReceipt } from '../../api/feedback.ts';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';

/** /f/receipt/<receipt>: what became of a piece of feedback. */
export function ReceiptPage({ receipt }: { receipt: string }) {
  const { data: state, error, reload: load } = useLoad(useCallback(() => getReceipt(receipt), [receipt]));

  // Only an unknown receipt is "not found"; anything else may pass, so it offers another try.
  if (isApiError(error) && error.status === 404) {
    return (
      <section className="message" aria-labelledby="receipt-title">
        <h1 id="receipt-title">Receipt not found</h1>
        <p>{describeError(error)}</p>
      </section>
    );
  }
  if (error) return <LoadError title="Could not load your receipt" error={error} retry={load} />;
  if (!state) return <Loading>Loading…</Loading>;
  return (
    <section className="message" aria-labelledby="receipt-title">
      <h1 id="receipt-title">Your feedback on sprint {state.sprintName}</h1>
      <p className="receipt__status">{state.message}</p>
      <p className="field__hint">Sent {new Date(state.submittedAt).toLocaleString()}.</p>
    </section>
  );
}
