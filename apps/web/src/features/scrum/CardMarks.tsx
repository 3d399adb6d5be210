import type { ScrumMarks } from './marks.ts';

const CHANGE_TEXT = { new: 'New', moved: 'Moved', edited: 'Edited' } as const;

/** "Moved · 3d in Doing · Stale" under a card during the scrum; words, not colour alone. */
export function CardMarks({ change, ageDays, stale, columnName }: Omit<ScrumMarks, 'focus'>) {
  if (ageDays === null) return null;
  return (
    <p className="card__scrum">
      {change ? (
        <span className={`scrum-mark scrum-mark--${change}`}>
          {CHANGE_TEXT[change]}
          <span className="visually-hidden"> since the last scrum</span>
        </span>
      ) : null}
      <span className="scrum-mark__age" title={`Entered ${columnName ?? 'this column'} ${ageDays} days ago`}>
        {ageDays}d in {columnName ?? 'column'}
      </span>
      {stale ? <strong className="scrum-mark scrum-mark--stale">Stale</strong> : null}
    </p>
  );
}

/** Blocked cards stand out with an icon and the word, whatever the colours. */
export function BlockedBadge({ reason }: { reason: string }) {
  return (
    <p className="card__blocked">
      <span aria-hidden="true">⛔</span> <strong>Blocked:</strong> {reason}
    </p>
  );
}
