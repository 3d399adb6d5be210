import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { type Instant, instantMs } from './instant.ts';
import { DEFAULT_STALE_DAYS, SCRUM_LIMITS } from './limits.ts';

const DAY_MS = 86_400_000;
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Whole calendar days a card has been in its column: 0 on the day it arrived, 1 the next day,
 * however late it arrived. Calendar days, not 24-hour spans, because a scrum asks "since
 * yesterday?": a card moved at 17:00 is a day old at the next morning's scrum. Days are UTC
 * unless `utcOffsetMinutes` gives the team's offset (+60 for Paris in winter). Never negative:
 * a viewer's clock behind the server's still sees 0.
 */
export const ageInColumn = (columnEnteredAt: Instant, now: Instant, utcOffsetMinutes = 0): number => {
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > MAX_OFFSET_MINUTES) {
    throw new RangeError(`UTC offset must be whole minutes within ±14 h: ${utcOffsetMinutes}`);
  }
  const shift = utcOffsetMinutes * 60_000;
  const day = (instant: Instant) => Math.floor((instantMs(instant) + shift) / DAY_MS);
  return Math.max(0, day(now) - day(columnEnteredAt));
};

/**
 * Stale means past the threshold: with 3 days, a card 3 days in its column is fine and a card
 * 4 days in is stale. A column's threshold of null turns staleness off (e.g. Done, Backlog);
 * leaving the argument out uses DEFAULT_STALE_DAYS.
 */
export const isStale = (ageDays: number, thresholdDays: number | null = DEFAULT_STALE_DAYS): boolean =>
  thresholdDays !== null && ageDays > thresholdDays;

/** Validate a column's stale threshold as a lead sets it: whole days in range, or null for "never stale". */
export const validateStaleThreshold = (value: unknown): Result<number | null> => {
  if (value === null) return ok(null);
  const { staleDaysMin: min, staleDaysMax: max } = SCRUM_LIMITS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        `Stale threshold must be a whole number of days from ${min} to ${max}`,
        'staleAfterDays',
      ),
    );
  }
  return ok(value);
};
