import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import { SPRINT_LENGTHS } from './limits.ts';
import { sprintProgress } from './progress.ts';

// Monday 2026-11-23 to Sunday 2026-12-06, Tuesday 12-01 off: 9 working days.
const sprint = { startDate: '2026-11-23', lengthDays: 14, holidays: ['2026-12-01'] };

describe('sprintProgress', () => {
  it('before the start: day 0, everything left', () => {
    expect(sprintProgress(sprint, '2026-11-20')).toEqual({
      day: 0,
      of: 14,
      daysLeft: 14,
      workingDaysLeft: 9,
      state: 'not-started',
    });
  });

  it('counts today as left while the sprint runs', () => {
    expect(sprintProgress(sprint, '2026-11-23')).toEqual({
      day: 1,
      of: 14,
      daysLeft: 14,
      workingDaysLeft: 9,
      state: 'in-progress',
    });
    // Saturday: Mon 30, Wed 2, Thu 3, Fri 4 remain
    expect(sprintProgress(sprint, '2026-11-28')).toMatchObject({ day: 6, daysLeft: 9, workingDaysLeft: 4 });
    // the holiday itself is not a working day left
    expect(sprintProgress(sprint, '2026-12-01')).toMatchObject({ day: 9, daysLeft: 6, workingDaysLeft: 3 });
    expect(sprintProgress(sprint, '2026-12-04')).toMatchObject({ day: 12, daysLeft: 3, workingDaysLeft: 1 });
    // last day, a Sunday
    expect(sprintProgress(sprint, '2026-12-06')).toEqual({
      day: 14,
      of: 14,
      daysLeft: 1,
      workingDaysLeft: 0,
      state: 'in-progress',
    });
  });

  it('after the last day: ended, nothing left', () => {
    expect(sprintProgress(sprint, '2026-12-07')).toEqual({
      day: 14,
      of: 14,
      daysLeft: 0,
      workingDaysLeft: 0,
      state: 'ended',
    });
    expect(sprintProgress(sprint, '2027-06-01').state).toBe('ended');
  });

  it('runs across a leap day', () => {
    expect(sprintProgress({ startDate: '2028-02-21', lengthDays: 14 }, '2028-03-01')).toMatchObject({
      day: 10,
      daysLeft: 5,
      workingDaysLeft: 3,
    });
  });

  it('stays consistent day by day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2026-01-01', n)),
        fc.constantFrom(...SPRINT_LENGTHS),
        (startDate, lengthDays) => {
          let previous = sprintProgress({ startDate, lengthDays }, addDays(startDate, -3));
          for (let n = -2; n <= lengthDays + 2; n++) {
            const p = sprintProgress({ startDate, lengthDays }, addDays(startDate, n));
            expect(p.of).toBe(lengthDays);
            expect(p.day).toBe(Math.min(Math.max(n + 1, 0), lengthDays));
            if (p.state === 'in-progress') expect(p.day + p.daysLeft).toBe(lengthDays + 1);
            expect(p.state).toBe(n < 0 ? 'not-started' : n < lengthDays ? 'in-progress' : 'ended');
            expect(p.workingDaysLeft).toBeLessThanOrEqual(p.daysLeft);
            expect(p.workingDaysLeft).toBeLessThanOrEqual(previous.workingDaysLeft);
            previous = p;
          }
          // whole weeks: 5 working days a week before it starts
          expect(sprintProgress({ startDate, lengthDays }, addDays(startDate, -1)).workingDaysLeft).toBe(
            (lengthDays / 7) * 5,
          );
        },
      ),
    );
  });
});
