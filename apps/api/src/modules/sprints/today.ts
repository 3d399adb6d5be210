import type { CalendarDate } from '@echoboard/domain';

/**
 * Today's calendar date in an IANA time zone. Lives in the API, not the domain: it reads the
 * clock and the runtime's time-zone data. An unknown zone (bad data) falls back to UTC rather
 * than failing every sprint page of the team.
 */
export function todayIn(timeZone: string, now: Date = new Date()): CalendarDate {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    return now.toISOString().slice(0, 10);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
