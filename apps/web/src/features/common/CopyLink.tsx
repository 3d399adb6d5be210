import { useAppStore } from '../../store/index.ts';

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
