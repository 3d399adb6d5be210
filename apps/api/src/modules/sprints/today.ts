import { type CalendarDate, calendarDateIn } from '@echoboard/domain';

/** Today's calendar date in the team's time zone, by this server's clock. */
export const todayIn = (timeZone: string, now: Date = new Date()): CalendarDate => calendarDateIn(timeZone, now);
