import type { CreateSprintBody, Sprint } from '@echoboard/contracts';
import {
  addDays,
  DEFAULT_SPRINT_LENGTH,
  dayOfWeek,
  isCalendarDate,
  SPRINT_LIMITS,
  validateSprintInput,
} from '@echoboard/domain';

export interface SprintFormValues {
  name: string;
  goal: string;
  startDate: string;
  lengthDays: string;
  /** Dates separated by commas or spaces, as typed. */
  holidays: string;
}

export type SprintFormErrors = Partial<Record<keyof SprintFormValues, string>>;

/**
 * Where the next sprint most likely starts: the day after the last active or planned sprint ends
 * (sprints follow each other), else next Monday.
 */
export function defaultStartDate(sprints: Pick<Sprint, 'endDate' | 'state'>[], today: string): string {
  const ends = sprints.filter((s) => s.state !== 'completed').map((s) => s.endDate);
  const lastEnd = ends.sort().at(-1);
  if (lastEnd) return addDays(lastEnd, 1);
  const untilMonday = (8 - dayOfWeek(today)) % 7 || 7;
  return addDays(today, untilMonday);
}

export const initialSprintValues = (sprints: Sprint[], today: string): SprintFormValues => ({
  name: `Sprint ${sprints.length + 1}`,
  goal: '',
  startDate: defaultStartDate(sprints, today),
  lengthDays: String(DEFAULT_SPRINT_LENGTH),
  holidays: '',
});

/**
 * The checks a person benefits from before sending, in the form's words and all at once, then the
 * domain's validateSprintInput (as the server runs it). The server alone checks overlaps.
 */
export function validateSprintForm(
  v: SprintFormValues,
): { ok: true; value: CreateSprintBody } | { ok: false; errors: SprintFormErrors } {
  const errors: SprintFormErrors = {};
  const name = v.name.trim();
  if (name === '') errors.name = 'Give the sprint a name.';
  else if (name.length > SPRINT_LIMITS.nameMax) errors.name = `Keep the name to ${SPRINT_LIMITS.nameMax} characters.`;
  if (v.goal.trim().length > SPRINT_LIMITS.goalMax)
    errors.goal = `Keep the goal to ${SPRINT_LIMITS.goalMax} characters.`;
  if (!isCalendarDate(v.startDate)) errors.startDate = 'Enter a start date, like 2026-03-02.';
  const holidays = v.holidays.split(/[\s,]+/).filter((d) => d !== '');
  const bad = holidays.find((d) => !isCalendarDate(d));
  if (bad) errors.holidays = `“${bad}” is not a date; write holidays as YYYY-MM-DD, separated by commas.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Then the domain's own rule, which the server applies too (a holiday outside the sprint, say).
  const checked = validateSprintInput({ ...v, holidays, lengthDays: Number(v.lengthDays) });
  if (!checked.ok) {
    // Its errors name the field, which the form's fields mirror.
    const field = (checked.error.field ?? 'startDate') as keyof SprintFormValues;
    return { ok: false, errors: { [field]: `${checked.error.message}.` } };
  }
  // What it normalised (trimmed, holidays sorted once each); the server derives the end date itself.
  const { endDate: _endDate, ...value } = checked.value;
  return { ok: true, value };
}
