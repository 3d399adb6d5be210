import type { Card } from '@echoboard/contracts';
import { SCRUM_LIMITS, validateBlockedReason } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/client.ts';
import * as scrumApi from '../../api/scrum.ts';
import { useAppStore } from '../../store/index.ts';
import { Field } from '../common/Field.tsx';
import { BlockedBadge } from './CardMarks.tsx';

/** In the card editor: flag the card blocked with a reason, change the reason, or unblock it (any member). */
export function BlockedSection({ card }: { card: Card }) {
  const cardSaved = useAppStore((s) => s.cardSaved);
  const pushNotice = useAppStore((s) => s.pushNotice);
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState(card.blockedReason ?? '');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const save = async (call: () => Promise<Card>, done: string) => {
    setBusy(true);
    try {
      cardSaved(await call());
      pushNotice(done, 'success');
      setEditing(false);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const valid = validateBlockedReason(reason);
    if (!valid.ok) return setError(valid.error.message);
    return save(() => scrumApi.blockCard(card.id, valid.value), `Flagged “${card.title}” as blocked.`);
  };

  if (editing) {
    return (
      <form className="form blocked-form" onSubmit={onSubmit} noValidate aria-label="Flag as blocked">
        <Field label="Why is it blocked?" error={error} hint="Everyone on the board sees this.">
          {(props) => (
            <textarea
              {...props}
              className="input"
              rows={2}
              value={reason}
              maxLength={SCRUM_LIMITS.blockedReasonMax + 50}
              onChange={(e) => {
                setReason(e.target.value);
                setError(undefined);
              }}
            />
          )}
        </Field>
        <div className="form__buttons">
          <button type="button" className="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {card.blockedReason ? 'Save reason' : 'Flag blocked'}
          </button>
        </div>
      </form>
    );
  }
  return (
    <div className="blocked-section">
      {card.blockedReason ? <BlockedBadge reason={card.blockedReason} /> : null}
      {error ? (
        <p className="form__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form__buttons">
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {card.blockedReason ? 'Change blocked reason…' : 'Flag blocked…'}
        </button>
        {card.blockedReason ? (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => save(() => scrumApi.unblockCard(card.id), `“${card.title}” is no longer blocked.`)}
          >
            Unblock
          </button>
        ) : null}
      </div>
    </div>
  );
}
