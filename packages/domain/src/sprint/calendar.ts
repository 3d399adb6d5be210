import { isCalendarDate } from '../card/due-date.ts';
import { err, ok, type Result } from '../result.ts';
import { type SprintError, sprintError } from './errors.ts';

/**
 * A day in the team's time zone, written 'YYYY-MM-DD'. Sprint dates are days, not instants:
 * all arithmetic here is on whole days with integers, never through Date, so a sprint cannot
 * shift by a day when the server and the browser sit in different time zones.
 */
export type CalendarDate = string;

/** Day number (0 = 1970-01-01) of a valid date; H. Hinnant's days_from_civil, pure integers. */
const toDayNumber = (date: CalendarDate): number => {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Count years from March so the leap day is the last day of the "year".
  const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** Inverse of toDayNumber (civil_from_days). */
const fromDayNumber = (dayNumber: number): CalendarDate => {
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  // isCalendarDate accepts years 1–9999 only; anything else could not be read back.
  if (year < 1 || year > 9999) throw new RangeError(`Date out of range (year ${year})`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/**
 * Validate user input as a calendar date (surrounding spaces forgiven).
 * The helpers below throw RangeError instead: they are called with dates already validated,
 * so a bad one there is a programming error, not a user's.
 */
export const parseCalendarDate = (value: unknown, field = 'date'): Result<CalendarDate, SprintError> => {
  const text = typeof value === 'string' ? value.trim() : '';
  return isCalendarDate(text)
    ? ok(text)
    : err(sprintError('VALIDATION_FAILED', 'Dates must be real days written YYYY-MM-DD', field));
};

export const addDays = (date: CalendarDate, n: number): CalendarDate => {
  if (!Number.isInteger(n)) throw new RangeError(`Day count must be an integer: ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
};

/** Signed number of days from a to b: 0 for the same day, 1 for the next, -1 for the day before. */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number => toDayNumber(b) - toDayNumber(a);

/** 0 = Sunday … 6 = Saturday, like Date#getDay. 1970-01-01 was a Thursday. */
export const dayOfWeek = (date: CalendarDate): number => (((toDayNumber(date) + 4) % 7) + 7) % 7;

export const isWeekend = (date: CalendarDate): boolean => {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
};

/** Inclusive last day: a 14-day sprint starting on a Monday ends on the Sunday 13 days later. */
export const sprintEndDate = (startDate: CalendarDate, lengthDays: number): CalendarDate => {
  if (!Number.isInteger(lengthDays) || lengthDays < 1) {
    throw new RangeError(`Sprint length must be a positive integer: ${lengthDays}`);
  }
  return addDays(startDate, lengthDays - 1);
};

/**
 * Days from start to end, both included, that are neither Saturday, Sunday nor a holiday, in
 * order. Empty when end is before start. Holidays on a weekend or outside the range are ignored.
 */
export const workingDays = (
  startDate: CalendarDate,
  endDate: CalendarDate,
  holidays: readonly CalendarDate[] = [],
): CalendarDate[] => {
  const off = new Set(holidays);
  const first = toDayNumber(startDate);
  const last = toDayNumber(endDate);
  const days: CalendarDate[] = [];
  for (let n = first; n <= last; n++) {
    const date = fromDayNumber(n);
    if (!isWeekend(date) && !off.has(date)) days.push(date);
  }
  return days;
};

export const workingDayCount = (
  startDate: CalendarDate,
  endDate: CalendarDate,
  holidays: readonly CalendarDate[] = [],
): number => workingDays(startDate, endDate, holidays).length;
