import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  isWeekend,
  parseCalendarDate,
  sprintEndDate,
  workingDayCount,
  workingDays,
} from './calendar.ts';
import { SPRINT_LENGTHS } from './limits.ts';

/** Independent oracle: the platform's UTC calendar (setUTCFullYear so years < 100 stay literal). */
const viaDate = (date: string, n: number): string => {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + n);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
};

/** Any date from 1900 to 2200, as the platform formats it. */
const dateArb = fc
  .integer({ min: 0, max: 110_000 })
  .map((offset) => viaDate('1900-01-01', offset))
  .filter((date) => date <= '2200-12-31');

describe('parseCalendarDate', () => {
  it('accepts real days and forgives surrounding spaces', () => {
    expect(parseCalendarDate('2026-11-23')).toEqual({ ok: true, value: '2026-11-23' });
    expect(parseCalendarDate(' 2028-02-29 ')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('rejects impossible days, other formats and non-strings, naming the field', () => {
    for (const bad of ['2027-02-29', '2026-13-01', '2026-11-31', '26-11-23', '2026-11-23T00:00', '', null, 20261123]) {
      expect(parseCalendarDate(bad, 'startDate')).toEqual({
        ok: false,
        error: { code: 'VALIDATION_FAILED', field: 'startDate', message: 'Dates must be real days written YYYY-MM-DD' },
      });
    }
  });
});

describe('addDays and daysBetween', () => {
  it('cross month and year ends', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-04-30', 1)).toBe('2026-05-01');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
  });

  it('follow the leap year rules (every 4 years, not centuries, but every 400)', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
    expect(daysBetween('2027-01-01', '2028-01-01')).toBe(365);
    expect(daysBetween('2028-02-20', '2028-03-05')).toBe(14);
  });

  it('is signed: 0 for the same day, negative backwards', () => {
    expect(daysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(daysBetween('2026-11-23', '2026-11-22')).toBe(-1);
    expect(daysBetween('1970-01-01', '2026-11-23')).toBe(20_780);
  });

  it('throws RangeError on an invalid date, a fractional count or leaving years 1–9999', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-11-23', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0001-01-01', -1)).toThrow(RangeError);
    expect(() => daysBetween('2026-11-23', 'tomorrow')).toThrow(RangeError);
  });

  it('agrees with the platform calendar (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -800, max: 800 }), (date, n) => {
        expect(addDays(date, n)).toBe(viaDate(date, n));
        expect(daysBetween(date, addDays(date, n))).toBe(n);
        expect(addDays(addDays(date, n), -n)).toBe(date);
      }),
    );
  });

  it('keeps the text order of dates (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(a < b ? 1 : a > b ? -1 : 0);
      }),
    );
  });
});

describe('weekdays', () => {
  it('knows which days are weekends', () => {
    expect(dayOfWeek('2026-11-23')).toBe(1); // Monday
    expect(dayOfWeek('1970-01-01')).toBe(4); // Thursday
    expect(dayOfWeek('1969-12-28')).toBe(0); // Sunday, before day 0
    expect(isWeekend('2026-11-28')).toBe(true);
    expect(isWeekend('2026-11-29')).toBe(true);
    expect(isWeekend('2026-11-27')).toBe(false);
    expect(isWeekend('2028-02-29')).toBe(false); // Tuesday
  });

  it('agrees with Date#getUTCDay (property)', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        expect(dayOfWeek(date)).toBe(new Date(`${date}T00:00:00Z`).getUTCDay());
      }),
    );
  });
});

describe('sprintEndDate', () => {
  it('is the inclusive last day', () => {
    expect(sprintEndDate('2026-11-23', 14)).toBe('2026-12-06');
    expect(sprintEndDate('2026-11-23', 7)).toBe('2026-11-29');
    expect(sprintEndDate('2026-11-23', 1)).toBe('2026-11-23');
    expect(sprintEndDate('2028-02-15', 28)).toBe('2028-03-13');
    expect(sprintEndDate('2027-02-15', 28)).toBe('2027-03-14');
  });

  it('rejects lengths below one day', () => {
    expect(() => sprintEndDate('2026-11-23', 0)).toThrow(RangeError);
    expect(() => sprintEndDate('2026-11-23', 1.5)).toThrow(RangeError);
  });

  it('end − start + 1 = length (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...SPRINT_LENGTHS), (start, length) => {
        expect(daysBetween(start, sprintEndDate(start, length)) + 1).toBe(length);
      }),
    );
  });
});

describe('workingDays', () => {
  it('counts 10 working days in two weeks from Monday 2026-11-23, 9 with a holiday', () => {
    expect(workingDayCount('2026-11-23', '2026-12-06')).toBe(10);
    expect(workingDayCount('2026-11-23', '2026-12-06', ['2026-12-01'])).toBe(9);
    expect(workingDays('2026-11-23', '2026-12-06', ['2026-12-01'])).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-30',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
  });

  it('ignores holidays on a weekend or outside the range, and repeated ones', () => {
    expect(workingDayCount('2026-11-23', '2026-12-06', ['2026-11-28', '2026-12-25', '2026-12-01', '2026-12-01'])).toBe(
      9,
    );
  });

  it('handles a sprint starting on a Saturday', () => {
    expect(workingDays('2026-11-28', sprintEndDate('2026-11-28', 7))).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
    expect(workingDayCount('2026-11-28', sprintEndDate('2026-11-28', 14))).toBe(10);
  });

  it('spans a leap day and a year end', () => {
    expect(workingDayCount('2028-02-26', '2028-03-03')).toBe(5); // Sat..Fri incl. Tue 29 Feb
    expect(workingDays('2026-12-24', '2027-01-04', ['2026-12-25', '2027-01-01'])).toEqual([
      '2026-12-24',
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-04',
    ]);
  });

  it('is empty when the end is before the start', () => {
    expect(workingDays('2026-11-24', '2026-11-23')).toEqual([]);
  });

  it('≤ calendar days and equal to a brute-force count (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.integer({ min: -5, max: 65 }), { maxLength: 8 }),
        (start, span, holidayOffsets) => {
          const end = addDays(start, span);
          const holidays = holidayOffsets.map((n) => addDays(start, n));
          let brute = 0;
          for (let n = 0; n <= span; n++) {
            const text = viaDate(start, n);
            const weekday = new Date(`${text}T00:00:00Z`).getUTCDay();
            if (weekday !== 0 && weekday !== 6 && !holidays.includes(text)) brute++;
          }
          const days = workingDays(start, end, holidays);
          expect(days.length).toBe(brute);
          expect(days.length).toBeLessThanOrEqual(span + 1);
          // Without holidays a full week always has exactly 5.
          expect(workingDayCount(start, addDays(start, 6))).toBe(5);
          expect([...days].sort()).toEqual(days);
        },
      ),
    );
  });
});
