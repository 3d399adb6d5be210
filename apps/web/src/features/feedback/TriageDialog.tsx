import type { Feedback } from '@echoboard/contracts';
import { CARD_LIMITS, FEEDBACK_LIMITS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { acceptFeedback, declineFeedback, markDuplicate } from '../../api/feedback.ts';
import { Dialog } from '../common/Dialog.tsx';
import { Field } from '../common/Field.tsx';
import { FormButtons } from '../common/FormButtons.tsx';

export type TriageKind = 'accept' | 'duplicate' | 'decline';

const TITLES: Record<TriageKind, string> = {
  accept: 'Accept into the backlog',
  duplicate: 'Mark as duplicate',
  decline: 'Decline feedback',
};

/** One dialog for the three triage actions; the server's field errors show beside the fields. */
export function TriageDialog({
  kind,
  feedback,
  others,
  onClose,
  onDone,
}: {
  kind: TriageKind;
  feedback: Feedback;
  /** The team's other feedback, for choosing what this one duplicates. */
  others: Feedback[];
  onClose: () => void;
  onDone: () => void;
}) {
  const [titles, setTitles] = useState(feedback.change.split('\n')[0]?.slice(0, CARD_LIMITS.titleMax) ?? '');
  const [of, setOf] = useState(others[0]?.id ?? '');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      if (kind === 'accept') {
        const cards = titles
          .split('\n')
          .map((t) => t.trim())
          .filter(Boolean)
          .map((title) => ({ title }));
        await acceptFeedback(feedback.id, { cards });
      } else if (kind === 'duplicate') await markDuplicate(feedback.id, of);
      else await declineFeedback(feedback.id, note);
      onDone();
    } catch (e) {
      setError(isApiError(e) && e.errors[0] ? e.errors[0].message : describeError(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={TITLES[kind]} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        {kind === 'accept' ? (
          <Field
            label="Card titles, one per line"
            hint={`1 to ${FEEDBACK_LIMITS.acceptCardsMax} cards; they go to the top of the backlog.`}
            error={error}
          >
            {(props) => (
              <textarea
                {...props}
                className="input"
                rows={4}
                value={titles}
                onChange={(e) => setTitles(e.target.value)}
                data-autofocus
              />
            )}
          </Field>
        ) : kind === 'duplicate' ? (
          <Field label="Duplicate of" error={error}>
            {(props) => (
              <select {...props} className="input" value={of} onChange={(e) => setOf(e.target.value)} data-autofocus>
                {others.map((f) => (
                  <option key={f.id} value={f.id}>
                    {new Date(f.createdAt).toLocaleDateString()} · {f.rating}/5 · {(f.change || f.worked).slice(0, 60)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label="Why (seen only by the team)" error={error}>
            {(props) => (
              <textarea
                {...props}
                className="input"
                rows={3}
                value={note}
                maxLength={FEEDBACK_LIMITS.noteMax}
                onChange={(e) => setNote(e.target.value)}
                data-autofocus
              />
            )}
          </Field>
        )}
        <FormButtons
          submit={TITLES[kind]}
          onCancel={onClose}
          busy={busy}
          tone={kind === 'decline' ? 'danger' : 'primary'}
        />
      </form>
    </Dialog>
  );
}
