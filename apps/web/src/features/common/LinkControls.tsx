import type { ReactNode } from 'react';
import { describeError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { Field } from './Field.tsx';
import { LoadError } from './LoadError.tsx';
import { Loading } from './Loading.tsx';

/** A link shown once (its token is stored only hashed): a read-only field to select, and a copy button. */
export function CopyLink({ id, label, url, what }: { id: string; label: string; url: string; what: string }) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  return (
    <div className="team-page__link">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input id={id} className="input" readOnly value={url} onFocus={(e) => e.target.select()} />
      <button
        type="button"
        className="button"
        onClick={() =>
          navigator.clipboard?.writeText(url).then(
            () => pushNotice(`${what} copied.`, 'success'),
            () => pushNotice('Copy the link from the field above.', 'info'),
          )
        }
      >
        Copy link
      </button>
    </div>
  );
}

/** The end of a date picked in the browser's time zone, as the API's instant: a link works all that day. */
export const endOfLocalDay = (date: string) => new Date(`${date}T23:59:59`).toISOString();

/** "Works until" for a new link and the submit button: a date, read as the end of that day. */
export function ExpiryAndCreate({
  value,
  onChange,
  error,
  submitLabel,
}: {
  value: string;
  onChange: (date: string) => void;
  error: string | undefined;
  submitLabel: string;
}) {
  return (
    <>
      <Field label="Works until (optional)" error={error}>
        {(props) => (
          <input {...props} className="input" type="date" value={value} onChange={(e) => onChange(e.target.value)} />
        )}
      </Field>
      <div className="form__buttons form__buttons--start">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
      </div>
    </>
  );
}

/** Revokes a shared link at once, says so, and reloads the list whatever happened. */
export function RevokeLinkButton({
  name,
  revoke,
  onDone,
}: {
  name: string;
  revoke: () => Promise<unknown>;
  onDone: () => void;
}) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  return (
    <button
      type="button"
      className="button button--danger-ghost"
      aria-label={name}
      onClick={() =>
        revoke()
          .then(() => pushNotice('Link revoked; it stops working now.', 'success'))
          .catch((e) => pushNotice(describeError(e)))
          .finally(onDone)
      }
    >
      Revoke
    </button>
  );
}

/**
 * A sprint's links as they load (useSprintLinks): loading, why they could not be loaded with a
 * way to try again, none yet, or the links themselves.
 */
export function LinksOrState<L>({
  links,
  error,
  retry,
  none,
  children,
}: {
  links: L[] | null;
  error: unknown;
  retry: () => void;
  /** Said when the sprint has no link yet. */
  none: string;
  children: (links: L[]) => ReactNode;
}) {
  if (error) return <LoadError title="Could not load the links" error={error} retry={retry} level={3} />;
  if (!links) return <Loading>Loading the links…</Loading>;
  if (links.length === 0) return <p>{none}</p>;
  return children(links);
}
