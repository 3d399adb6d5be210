import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../sprint/calendar.ts';
import { ageInColumn, isStale, validateStaleThreshold } from './age.ts';
import { DEFAULT_STALE_DAYS } from './limits.ts';

describe('ageInColumn', () => {
  it('counts calendar days: 0 on the day of arrival, 1 from the next midnight', () => {
    expect(ageInColumn('2026-03-02T00:00:00Z', '2026-03-02T23:59:59.999Z')).toBe(0);
    expect(ageInColumn('2026-03-02T23:59:00Z', '2026-03-03T00:01:00Z')).toBe(1);
    expect(ageInColumn('2026-03-02T17:00:00Z', '2026-03-03T09:00:00Z')).toBe(1);
    expect(ageInColumn('2026-02-27T10:00:00Z', '2026-03-02T09:00:00Z')).toBe(3);
    expect(ageInColumn('2028-02-28T10:00:00Z', '2028-03-01T09:00:00Z')).toBe(2);
    expect(ageInColumn('2026-12-31T12:00:00Z', '2027-01-01T08:00:00Z')).toBe(1);
  });

  it('is never negative when the viewer’s clock is behind', () => {
    expect(ageInColumn('2026-03-03T09:00:00Z', '2026-03-02T09:00:00Z')).toBe(0);
  });

  it('counts days in the team’s zone when given its UTC offset', () => {
    // 23:30 UTC is already tomorrow in Paris (+01:00): same day as the 08:00 UTC scrum there.
    expect(ageInColumn('2026-03-02T23:30:00Z', '2026-03-03T08:00:00Z')).toBe(1);
    expect(ageInColumn('2026-03-02T23:30:00Z', '2026-03-03T08:00:00Z', 60)).toBe(0);
    // 03:00 UTC is still the evening before in New York (−05:00).
    expect(ageInColumn('2026-03-03T03:00:00Z', '2026-03-03T14:00:00Z')).toBe(0);
    expect(ageInColumn('2026-03-03T03:00:00Z', '2026-03-03T14:00:00Z', -300)).toBe(1);
  });

  it('refuses an offset that is not whole minutes within ±14 h', () => {
    expect(() => ageInColumn(0, 0, 15 * 60)).toThrow(RangeError);
    expect(() => ageInColumn(0, 0, 0.5)).toThrow(RangeError);
  });

  it('property: equals the days between the UTC calendar dates, and grows with now', () => {
    const ms = fc.integer({ min: 0, max: 4_102_444_800_000 });
    fc.assert(
      fc.property(ms, ms, fc.nat({ max: 10 * 86_400_000 }), (entered, now, later) => {
        const date = (t: number) => new Date(t).toISOString().slice(0, 10);
        expect(ageInColumn(entered, now)).toBe(Math.max(0, daysBetween(date(entered), date(now))));
        expect(ageInColumn(entered, now + later)).toBeGreaterThanOrEqual(ageInColumn(entered, now));
      }),
    );
  });
});

describe('isStale', () => {
  it('is stale only past the threshold', () => {
    expect(isStale(3, 3)).toBe(false);
    expect(isStale(4, 3)).toBe(true);
    expect(isStale(0, 1)).toBe(false);
    expect(isStale(2, 1)).toBe(true);
  });

  it('uses the default threshold when none is given, and never when the column turned it off', () => {
    expect(DEFAULT_STALE_DAYS).toBe(3);
    expect(isStale(3)).toBe(false);
    expect(isStale(4)).toBe(true);
    expect(isStale(1000, null)).toBe(false);
  });
});

describe('validateStaleThreshold', () => {
  it('accepts whole days from 1 to 365, and null for never', () => {
    expect(validateStaleThreshold(null)).toEqual({ ok: true, value: null });
    expect(validateStaleThreshold(1)).toEqual({ ok: true, value: 1 });
    expect(validateStaleThreshold(365)).toEqual({ ok: true, value: 365 });
  });

  it('refuses anything else, naming the field', () => {
    for (const bad of [0, 366, 2.5, -1, Number.NaN, '3', undefined]) {
      expect(validateStaleThreshold(bad)).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          field: 'staleAfterDays',
          message: 'Stale threshold must be a whole number of days from 1 to 365',
        },
      });
    }
  });
});
