import type { PublicFeedbackPage, SubmittedFeedback } from '@echoboard/contracts';
import { FEEDBACK_LIMITS, validateSubmission } from '@echoboard/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { describeError, isApiError } from '../../api/client.ts';
import { submitFeedback } from '../../api/feedback.ts';
import { RatingGroup } from './RatingGroup.tsx';

const RATING_WORDS = ['very poor', 'poor', 'okay', 'good', 'excellent'];

type Errors = Record<string, string>;

/**
 * 128 random bits as hex. Not crypto.randomUUID: that exists only in secure contexts, and the
 * page may be served over plain http (the demo); getRandomValues works everywhere.
 */
const newIdempotencyKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

/** The field an error is about, as this form names it: itemRatings.2 → the item sent third. */
function fieldOf(path: string, sentItems: string[]): string {
  const parts = path.split('.').filter((p) => p !== 'body');
  if (parts[0] === 'itemRatings' && parts[1] !== undefined) return `item-${sentItems[Number(parts[1])] ?? ''}`;
  return parts[0] ?? 'form';
}

/**
 * The end user's form. Checked with the same domain rule as the server before sending; whatever
 * fails (here or there) is listed in a summary that takes focus, and shown beside its field.
 * What was typed stays. One idempotency key per form: a double click or a retry stores one answer.
 */
export function FeedbackForm({
  token,
  page,
  onSubmitted,
}: {
  token: string;
  page: PublicFeedbackPage;
  onSubmitted: (result: SubmittedFeedback) => void;
}) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [rating, setRating] = useState<number | null>(null);
  const [worked, setWorked] = useState('');
  const [change, setChange] = useState('');
  const [items, setItems] = useState<Record<string, number>>({});
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [homepage, setHomepage] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const fail = (next: Errors, message: string | null = null) => {
    setErrors(next);
    setFailure(message);
    setAttempt((n) => n + 1);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const itemRatings = page.items.flatMap((item) => {
      const value = items[item.key];
      return value === undefined ? [] : [{ item: item.key, rating: value }];
    });
    const sentItems = itemRatings.map((r) => r.item);
    const body = { idempotencyKey, rating, worked, change, itemRatings, name, email, homepage };
    const checked = validateSubmission({ ...body, rating: rating ?? Number.NaN }, new Set(sentItems));
    if (!checked.ok) {
      return fail(Object.fromEntries(checked.error.map((e) => [fieldOf(e.field ?? 'form', sentItems), e.message])));
    }
    setBusy(true);
    try {
      onSubmitted(await submitFeedback(token, body));
    } catch (e) {
      if (isApiError(e) && e.errors.length > 0) {
        fail(Object.fromEntries(e.errors.map((err) => [fieldOf(err.path, sentItems), err.message])));
      } else fail({}, describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const focusField = (field: string) => {
    const target = formRef.current?.querySelector<HTMLElement>(`[data-field="${field}"]`);
    target?.focus();
  };
  const listed = Object.entries(errors);
  const errorId = (field: string) => (errors[field] ? `fb-${field}-error` : undefined);

  return (
    <form ref={formRef} className="form feedback-form" onSubmit={submit} noValidate>
      {listed.length > 0 || failure ? (
        <div ref={summaryRef} className="form__error feedback-form__summary" role="alert" tabIndex={-1}>
          <h2>{failure ? 'Your feedback was not sent' : 'Please check your answers'}</h2>
          {failure ? <p>{failure}</p> : null}
          <ul>
            {listed.map(([field, message]) => (
              <li key={field}>
                <button type="button" className="text-button" onClick={() => focusField(field)}>
                  {message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <RatingGroup
        legend="Overall, how did this sprint's work meet your needs? (required)"
        name="rating"
        value={rating}
        onChange={setRating}
        words={RATING_WORDS}
        error={errors.rating}
        errorId={errorId('rating')}
      />

      <TextField
        multiline
        label="What worked?"
        field="worked"
        value={worked}
        onChange={setWorked}
        error={errors.worked}
      />
      <TextField
        multiline
        label="What should change?"
        field="change"
        value={change}
        onChange={setChange}
        error={errors.change}
      />

      {page.items.length > 0 ? (
        <section className="feedback-form__items" aria-labelledby="fb-items-title">
          <h2 id="fb-items-title">Rate what was delivered (optional)</h2>
          {page.items.map((item) => (
            <RatingGroup
              key={item.key}
              legend={item.title}
              name={`item-${item.key}`}
              value={items[item.key] ?? null}
              onChange={(value) => setItems((all) => ({ ...all, [item.key]: value }))}
              words={RATING_WORDS}
              error={errors[`item-${item.key}`]}
              errorId={errorId(`item-${item.key}`)}
              compact
            />
          ))}
        </section>
      ) : null}

      <TextField
        label="Your name (optional)"
        field="name"
        value={name}
        onChange={setName}
        error={errors.name}
        autoComplete="name"
      />
      <TextField
        label="Your email (optional, only if you want the team to be able to reply)"
        field="email"
        type="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
        autoComplete="email"
      />
      {/* Bots fill every field; people never see or reach this one. */}
      <div className="honeypot" aria-hidden="true">
        <label>
          Leave this empty
          <input tabIndex={-1} autoComplete="off" value={homepage} onChange={(e) => setHomepage(e.target.value)} />
        </label>
      </div>
      <div className="form__buttons form__buttons--start">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Sending…' : 'Send feedback'}
        </button>
      </div>
    </form>
  );
}

interface TextProps {
  label: string;
  field: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  /** A textarea with a hint counting characters against the limit. */
  multiline?: boolean;
  type?: string;
  autoComplete?: string;
}

/** A text field with fixed ids, so the error summary and aria-describedby can point at it. */
function TextField({
  label,
  field,
  value,
  onChange,
  error,
  multiline = false,
  type = 'text',
  autoComplete,
}: TextProps) {
  const id = `fb-${field}`;
  const hintId = multiline ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const control = {
    id,
    'data-field': field,
    className: 'input',
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
  };
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {multiline ? (
        <textarea {...control} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...control} type={type} autoComplete={autoComplete} onChange={(e) => onChange(e.target.value)} />
      )}
      {hintId ? (
        <p id={hintId} className="field__hint">
          Optional; up to {FEEDBACK_LIMITS.textMax} characters ({value.trim().length} so far).
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
