import { err, ok, type Result } from '../result.ts';
import type { CalendarDate } from './calendar.ts';
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
}

/** Both spans include their end days, so a sprint may start the day after another ends. */
export const spansOverlap = (a: SprintSpan, b: SprintSpan): boolean =>
  a.startDate <= b.endDate && b.startDate <= a.endDate;

/**
 * Whether `candidate` fits among the board's sprints. Every state counts, completed too: their
 * days are history. A candidate with an id is an edit and is not compared with itself.
 * When several clash, the earliest is named, so the message does not depend on load order.
 * ('YYYY-MM-DD' strings compare as dates, so no parsing is needed.)
 */
export const checkNoOverlap = (
  candidate: SprintSpan & { id?: string },
  existing: readonly ExistingSprint[],
): Result<true, SprintError> => {
  const clash = existing
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
