import { addDays, type CalendarDate, dayOfWeek, workingDays } from '@echoboard/domain';
import { todayIn } from '../modules/sprints/today.ts';

export type DemoCalendar = ReturnType<typeof demoCalendar>;

const at = (date: CalendarDate, time: string) => new Date(`${date}T${time}Z`);

/**
 * When the demo's sprints run (its team keeps UTC): two-week sprints from Monday to Sunday, the
 * running one started on a Monday two to eight days back, so it has a few days of history
 * whatever today is, and the team's work falls on working days only.
 */
export function demoCalendar(now = new Date()) {
  const today = todayIn('UTC', now);
  const sinceMonday = (dayOfWeek(today) + 6) % 7;
  // On a Monday or a Tuesday the running sprint is the one that started the week before.
  const start = addDays(today, -(sinceMonday < 2 ? sinceMonday + 7 : sinceMonday));
  const worked = workingDays(start, today);
  const previousStart = addDays(start, -14);
  const previousWorked = workingDays(previousStart, addDays(start, -1));
  const previousCompletedAt = at(start, '08:30:00');
  return {
    /** The running sprint's first day; the sprint before ran the two weeks up to it. */
    start,
    previousStart,
    previousStartedAt: at(previousStart, '09:00:00'),
    /** The sprint before completed at 08:30 on the running one's first day, which started at 09:00. */
    previousCompletedAt,
    startedAt: at(start, '09:00:00'),
    /**
     * When something was done in the running sprint `daysAgo` working days back (0: the latest
     * working day up to today): today it is now; on an earlier day at 10:00, and `nth` quarter
     * hours later for the day's next event.
     */
    workday(daysAgo: number, nth = 0): Date {
      const date = worked[Math.max(0, worked.length - 1 - daysAgo)]!;
      return date === today ? now : new Date(at(date, '10:00:00').getTime() + nth * 15 * 60_000);
    },
    /** The `n`-th working day (from 0) of the sprint before. */
    previousWorkday: (n: number): CalendarDate => previousWorked[n]!,
    /** A moment `share` (0–1) of the way from the sprint before's completion to now. */
    sinceCompletion: (share: number) =>
      new Date(previousCompletedAt.getTime() + share * (now.getTime() - previousCompletedAt.getTime())),
  };
}
