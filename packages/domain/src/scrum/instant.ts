import { isCalendarDate } from '../card/due-date.ts';

/**
 * A moment in time: epoch milliseconds, or an ISO 8601 timestamp with an explicit zone
 * ('2026-03-02T09:30:00.000Z', '2026-03-02T10:30+01:00'). A timestamp without a zone is refused:
 * the platform would read it in the local zone, so two viewers of one scrum would disagree.
 */
export type Instant = string | number;

const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Epoch milliseconds of an instant. Throws RangeError on a malformed one: instants reach these
 * rules from the server or the clock, never typed by a user, so a bad one is a programming error.
 */
export const instantMs = (instant: Instant): number => {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw new RangeError(`Not an instant: ${instant}`);
    return instant;
  }
  const match = ISO_INSTANT.exec(instant);
  // Date.parse rolls 2026-02-30 over into March; the calendar check refuses it.
  const ms = match !== null && isCalendarDate(match[1] ?? '') ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO 8601 timestamp with a zone: ${JSON.stringify(instant)}`);
  return ms;
};
