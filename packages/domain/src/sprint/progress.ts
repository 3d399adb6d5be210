import { addDays, type CalendarDate, daysBetween, workingDayCount } from './calendar.ts';

export interface SprintDates {
  startDate: CalendarDate;
  lengthDays: number;
  holidays?: readonly CalendarDate[];
}

export type ProgressState = 'not-started' | 'in-progress' | 'ended';

export interface SprintProgress {
  /** 1-based calendar day of the sprint today; 0 before it starts, `of` after it ends. */
  day: number;
  /** Calendar days in the sprint. */
  of: number;
  /** Calendar days from today to the last day, both included (1 on the last day, 0 once ended). */
  daysLeft: number;
  /** Working days among daysLeft. */
  workingDaysLeft: number;
  state: ProgressState;
}

/**
 * For the board header: "Day 3 of 14 · 12 days left · 8 working days left". Today counts as
 * left because it can still be worked, so day + daysLeft = of + 1 while the sprint runs.
 * `today` is the team's calendar date, passed in so the rule stays pure and testable.
 */
export const sprintProgress = (sprint: SprintDates, today: CalendarDate): SprintProgress => {
  const of = sprint.lengthDays;
  const endDate = addDays(sprint.startDate, of - 1);
  const holidays = sprint.holidays ?? [];
  const elapsed = daysBetween(sprint.startDate, today);
  if (elapsed < 0) {
    return {
      day: 0,
      of,
      daysLeft: of,
      workingDaysLeft: workingDayCount(sprint.startDate, endDate, holidays),
      state: 'not-started',
    };
  }
  if (elapsed >= of) return { day: of, of, daysLeft: 0, workingDaysLeft: 0, state: 'ended' };
  return {
    day: elapsed + 1,
    of,
    daysLeft: of - elapsed,
    workingDaysLeft: workingDayCount(today, endDate, holidays),
    state: 'in-progress',
  };
};
