import { CARD_LIMITS } from '@echoboard/domain';
import { type FormEvent, useId, useRef, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { FormButtons } from '../common/FormButtons.tsx';

/** "Add card" at the bottom of a column; stays open after adding so a list can be typed in quickly. */
export function AddCardForm({ columnId, columnName }: { columnId: string; columnName: string }) {
  const createCard = useAppStore((s) => s.createCard);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const errorId = useId();

  const close = () => {
    setOpen(false);
    setTitle('');
    setError(null);
    requestAnimationFrame(() => openerRef.current?.focus());
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError('Give the card a title.');
      inputRef.current?.focus();
      return;
    }
    if (trimmed.length > CARD_LIMITS.titleMax) {
      setError(`Keep the title under ${CARD_LIMITS.titleMax + 1} characters.`);
      return;
    }
    setBusy(true);
    try {
      await createCard({ columnId, title: trimmed });
      setTitle('');
      setError(null);
    } catch (err) {
      setError(isApiError(err) ? (err.fieldErrors().title ?? err.detail) : describeError(err));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  };

  if (!open) {
    return (
      <div className="add-card">
        <button
          ref={openerRef}
          type="button"
          className="add-card__open"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => inputRef.current?.focus());
          }}
        >
          <span aria-hidden="true">+ </span>Add card
        </button>
      </div>
    );
  }

  return (
    <form className="add-card add-card--open" onSubmit={submit} aria-label={`Add a card to ${columnName}`}>
      <label htmlFor={inputId} className="field__label">
        Card title
      </label>
      <textarea
        ref={inputRef}
        id={inputId}
        className="input add-card__input"
        rows={2}
        value={title}
        maxLength={CARD_LIMITS.titleMax + 50}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            close();
          }
        }}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <FormButtons submit="Add card" busy={busy} onCancel={close} className="add-card__buttons" />
    </form>
  );
}
