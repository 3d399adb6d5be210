import { err, ok, type Result } from '../result.ts';
import { type CalendarDate, sprintEndDate } from './calendar.ts';
import { type SprintError, sprintError } from './errors.ts';

/**
 * planned → active → completed, and nothing leaves 'completed': its record of committed vs
 * completed points is what later velocity is computed from. Cancelling is deleting a planned
 * sprint (canDeleteSprint); an active sprint cannot go back to planned.
 */
export type SprintState = 'planned' | 'active' | 'completed';

export type SprintAction = 'start' | 'complete';

const NEXT_STATE: Record<SprintState, Partial<Record<SprintAction, SprintState>>> = {
  planned: { start: 'active' },
  active: { complete: 'completed' },
  completed: {},
};

export const transitionSprint = (state: SprintState, action: SprintAction): Result<SprintState, SprintError> => {
  const next = NEXT_STATE[state][action];
  if (next === undefined) {
    return err(sprintError('INVALID_SPRINT_TRANSITION', `Cannot ${action} a sprint that is ${state}`));
  }
  return ok(next);
};

export interface SprintRef {
  id: string;
  state: SprintState;
}

/**
 * Whether a sprint may start now. Starting before or after its start date is allowed on
 * purpose: teams often begin a day early or late and the dates are the plan, not a lock.
 */
export const canStartSprint = (
  sprint: SprintRef,
  otherSprintsOfBoard: readonly (SprintRef & { name?: string })[],
): Result<'active', SprintError> => {
  const next = transitionSprint(sprint.state, 'start');
  if (!next.ok) return next;
  // The list may include the sprint itself: it is planned here, so it never matches.
  const active = otherSprintsOfBoard.find((other) => other.state === 'active');
  if (active !== undefined) {
    const which = active.name === undefined ? 'Another sprint' : `Sprint "${active.name}"`;
    return err(sprintError('SPRINT_ALREADY_ACTIVE', `${which} is already active on this board; complete it first`));
  }
  return ok('active');
};

/** Only a planned sprint can be deleted (cancelled): an active or completed one has history. */
export const canDeleteSprint = (sprint: SprintRef): Result<true, SprintError> =>
  sprint.state === 'planned'
    ? ok(true)
    : err(sprintError('INVALID_SPRINT_TRANSITION', `Cannot delete a sprint that is ${sprint.state}`));

/**
 * A sprint's dates moved to start on `today`, keeping its length: for a lead who starts it early or
 * late and wants its days counted from the start. Holidays outside the new dates no longer fall in
 * the sprint and are dropped.
 */
export const datesStartingOn = (
  sprint: { lengthDays: number; holidays: readonly CalendarDate[] },
  today: CalendarDate,
): { startDate: CalendarDate; endDate: CalendarDate; holidays: CalendarDate[] } => {
  const endDate = sprintEndDate(today, sprint.lengthDays);
  return { startDate: today, endDate, holidays: sprint.holidays.filter((day) => day >= today && day <= endDate) };
};
