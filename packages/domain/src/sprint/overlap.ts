import { err, ok, type Result } from '../result.ts';
import { addDays, type CalendarDate } from './calendar.ts';
import { type SprintError, sprintError } from './errors.ts';
import type { SprintState } from './lifecycle.ts';

export interface SprintSpan {
  startDate: CalendarDate;
  /** Inclusive last day. */
  endDate: CalendarDate;
}

export interface ExistingSprint extends SprintSpan {
  id: string;
  state: SprintState;
  name?: string;
  /** A completed sprint: the day (team time zone) it was completed. */
  completedOn?: CalendarDate | null;
}

/**
 * The days a sprint holds: a sprint completed before its end date gives back the days from its
 * completion on, so the next one can start the day the team completed it (a sprint completed on
 * its first day holds none).
 */
export const heldSpan = (sprint: SprintSpan & { completedOn?: CalendarDate | null }): SprintSpan => {
  if (!sprint.completedOn || sprint.completedOn > sprint.endDate) return sprint;
  return { startDate: sprint.startDate, endDate: addDays(sprint.completedOn, -1) };
};

/** Both spans include their end days, so a sprint may start the day after another ends. */
export const spansOverlap = (a: SprintSpan, b: SprintSpan): boolean =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

/**
 * Whether `candidate` fits among the board's sprints. Every state counts, completed too: the days
 * they held are history (heldSpan). A candidate with an id is an edit and is not compared with itself.
 * When several clash, the earliest is named, so the message does not depend on load order.
 * ('YYYY-MM-DD' strings compare as dates, so no parsing is needed.)
 */
export const checkNoOverlap = (
  candidate: SprintSpan & { id?: string },
  existing: readonly ExistingSprint[],
): Result<true, SprintError> => {
  const clash = existing
    .map((other) => ({ ...other, ...heldSpan(other) }))
    .filter((other) => other.id !== candidate.id && spansOverlap(candidate, other))
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))[0];
  if (clash === undefined) return ok(true);
  const which = clash.name === undefined ? `another ${clash.state} sprint` : `sprint "${clash.name}"`;
  return err(
    sprintError(
      'SPRINT_OVERLAP',
      `These dates overlap ${which} (${clash.startDate} – ${clash.endDate}); sprints of a board cannot overlap`,
      'startDate',
    ),
  );
};
