import type { Scrum } from '@echoboard/contracts';
import { useAppStore } from '../../store/index.ts';
import { formatDuration, memberName } from './format.ts';

/** What the scrum that just ended covered; the same record is kept for the sprint review. */
export function ScrumSummaryPanel({ scrum }: { scrum: Scrum }) {
  const dismiss = useAppStore((s) => s.dismissScrumSummary);
  const summary = scrum.summary;
  if (!summary) return null;
  const title = (cardId: string) => summary.cardTitles[cardId] ?? 'A deleted card';
  return (
    <section className="scrum-summary" aria-label="Scrum summary">
      <header className="scrum-summary__header">
        <h2>Daily scrum summary</h2>
        <button type="button" className="button" onClick={dismiss}>
          Close summary
        </button>
      </header>
      <p>
        Took {formatDuration(summary.durationMs)}
        {summary.overrunMs > 0 ? `, ${formatDuration(summary.overrunMs)} over time` : ', on time'}.
      </p>
      <h3>Who spoke</h3>
      {summary.spoke.length > 0 ? (
        <ol aria-label="Who spoke">
          {summary.spoke.map((id) => (
            <li key={id}>{memberName(scrum, id)}</li>
          ))}
        </ol>
      ) : (
        <p>Nobody had the floor.</p>
      )}
      <h3>Blocked cards</h3>
      {summary.blocked.length > 0 ? (
        <ul aria-label="Blocked cards">
          {summary.blocked.map((card) => (
            <li key={card.cardId}>
              <strong>{title(card.cardId)}</strong>: {card.reason}
            </li>
          ))}
        </ul>
      ) : (
        <p>No card was blocked.</p>
      )}
      <h3>Moved during the scrum</h3>
      {summary.movedCardIds.length > 0 ? (
        <ul aria-label="Moved during the scrum">
          {summary.movedCardIds.map((id) => (
            <li key={id}>{title(id)}</li>
          ))}
        </ul>
      ) : (
        <p>No card changed column.</p>
      )}
    </section>
  );
}
