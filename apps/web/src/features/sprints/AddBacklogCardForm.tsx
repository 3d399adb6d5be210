import { CARD_LIMITS } from '@echoboard/domain';
import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';

/** A title is enough to put an idea at the bottom of the backlog; details come later. */
export function AddBacklogCardForm() {
  const addBacklogCard = useAppStore((s) => s.addBacklogCard);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '' || trimmed.length > CARD_LIMITS.titleMax) {
      setError(
        trimmed === '' ? 'Give the card a title.' : `Keep the title under ${CARD_LIMITS.titleMax + 1} characters.`,
      );
      return;
    }
    setBusy(true);
    try {
      await addBacklogCard(trimmed);
      setTitle('');
      setError(null);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-card" onSubmit={onSubmit} noValidate>
      <label className="visually-hidden" htmlFor="backlog-title">
        New backlog card title
      </label>
      <input
        id="backlog-title"
        className="input"
        placeholder="New backlog card"
        value={title}
        aria-invalid={error ? true : undefined}
        onChange={(e) => setTitle(e.target.value)}
      />
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button" disabled={busy}>
        Add to backlog
      </button>
    </form>
  );
}
