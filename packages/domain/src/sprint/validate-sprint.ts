import { err, ok, type Result } from '../result.ts';
import { addDays, type CalendarDate, parseCalendarDate, sprintEndDate } from './calendar.ts';
import { type SprintError, sprintError } from './errors.ts';
import { DEFAULT_SPRINT_LENGTH, SPRINT_LENGTHS, SPRINT_LIMITS, type SprintLength } from './limits.ts';

export interface SprintInput {
  name: string;
  /** Optional: a sprint can be planned before its goal is agreed; blank is stored as ''. */
  goal?: string | null;
  startDate: string;
  /** Defaults to DEFAULT_SPRINT_LENGTH. */
  lengthDays?: number | null;
  /** Days off marked by the lead; must fall inside the sprint. */
  holidays?: readonly string[] | null;
}

export interface ValidSprint {
  name: string;
  goal: string;
  startDate: CalendarDate;
  lengthDays: SprintLength;
  /** Inclusive last day, derived here so no caller computes it differently. */
  endDate: CalendarDate;
  /** Sorted, without duplicates. */
  holidays: CalendarDate[];
}

const invalid = (field: keyof SprintInput, message: string): SprintError =>
  sprintError('VALIDATION_FAILED', message, field);

const isSprintLength = (value: number): value is SprintLength => (SPRINT_LENGTHS as readonly number[]).includes(value);

/**
 * Validate and normalise a sprint form. The first error wins, in the order of the form: name,
 * goal, start date, length, holidays. Lengths are UTF-16 units, as zod's `.max()` counts them.
 */
export const validateSprintInput = (input: SprintInput): Result<ValidSprint, SprintError> => {
  const name = (input.name ?? '').trim();
  if (name === '') return err(invalid('name', 'Sprint name is required'));
  if (name.length > SPRINT_LIMITS.nameMax) {
    return err(invalid('name', `Sprint name must be at most ${SPRINT_LIMITS.nameMax} characters`));
  }

  const goal = (input.goal ?? '').trim();
  if (goal.length > SPRINT_LIMITS.goalMax) {
    return err(invalid('goal', `Sprint goal must be at most ${SPRINT_LIMITS.goalMax} characters`));
  }

  const start = parseCalendarDate(input.startDate, 'startDate');
  if (!start.ok) return start;
  const startDate = start.value;

  const lengthDays = input.lengthDays ?? DEFAULT_SPRINT_LENGTH;
  if (!isSprintLength(lengthDays)) {
    return err(invalid('lengthDays', `Sprint length must be ${SPRINT_LENGTHS.join(', ')} days`));
  }
  // Guards the year-9999 edge so sprintEndDate cannot throw on user input.
  if (startDate > addDays('9999-12-31', -lengthDays)) {
    return err(invalid('startDate', 'Start date is too far in the future'));
  }
  const endDate = sprintEndDate(startDate, lengthDays);

  const holidays = new Set<CalendarDate>();
  for (const raw of input.holidays ?? []) {
    const holiday = parseCalendarDate(raw, 'holidays');
    if (!holiday.ok) return holiday;
    // A day off outside the sprint changes nothing; it is almost certainly a typo of the lead's.
    if (holiday.value < startDate || holiday.value > endDate) {
      return err(invalid('holidays', `Holiday ${holiday.value} is outside the sprint (${startDate} – ${endDate})`));
    }
    holidays.add(holiday.value);
  }

  return ok({ name, goal, startDate, lengthDays, endDate, holidays: [...holidays].sort() });
};
