import { type DomainError, domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { isCalendarDate } from './due-date.ts';
import { validateEffort } from './effort.ts';
import { normalizeLabels } from './labels.ts';
import { CARD_LIMITS } from './limits.ts';

/** Editable card fields; each is optional so a create and a partial update share one rule. */
export interface CardFields {
  title?: string;
  description?: string;
  effort?: number | null;
  labels?: string[];
  /** 'YYYY-MM-DD'; null clears it. */
  dueDate?: string | null;
  /** Free-text name of who does it; blank becomes null. */
  assignee?: string | null;
}

const invalid = (field: keyof CardFields, message: string): DomainError =>
  domainError('VALIDATION_FAILED', message, field);

/**
 * Validate and normalise the fields present in `input` (undefined counts as absent, so a
 * PATCH body passes straight through). Returns only those fields; the first error wins, in
 * the order of the form: title, description, effort, labels, due date, assignee.
 * Lengths are UTF-16 units, as zod's `.max()` counts them, so API and domain agree.
 */
export const validateCardFields = (input: CardFields, scale: readonly number[]): Result<CardFields> => {
  const out: CardFields = {};

  if (input.title !== undefined) {
    const title = input.title.trim();
    if (title === '') return err(invalid('title', 'Title is required'));
    if (title.length > CARD_LIMITS.titleMax) {
      return err(invalid('title', `Title must be at most ${CARD_LIMITS.titleMax} characters`));
    }
    out.title = title;
  }

  if (input.description !== undefined) {
    // Not trimmed: leading indentation and trailing newlines can matter in Markdown.
    if (input.description.length > CARD_LIMITS.descriptionMax) {
      return err(invalid('description', `Description must be at most ${CARD_LIMITS.descriptionMax} characters`));
    }
    out.description = input.description;
  }

  if (input.effort !== undefined) {
    const effort = validateEffort(input.effort, scale);
    if (!effort.ok) return effort;
    out.effort = effort.value;
  }

  if (input.labels !== undefined) {
    const labels = normalizeLabels(input.labels);
    if (labels.length > CARD_LIMITS.labelsMax) {
      return err(invalid('labels', `A card can have at most ${CARD_LIMITS.labelsMax} labels`));
    }
    const tooLong = labels.find((label) => label.length > CARD_LIMITS.labelMax);
    if (tooLong !== undefined) {
      return err(invalid('labels', `Label "${tooLong}" is longer than ${CARD_LIMITS.labelMax} characters`));
    }
    out.labels = labels;
  }

  if (input.dueDate !== undefined) {
    if (input.dueDate !== null && !isCalendarDate(input.dueDate)) {
      return err(invalid('dueDate', 'Due date must be a real date written YYYY-MM-DD'));
    }
    out.dueDate = input.dueDate;
  }

  if (input.assignee !== undefined) {
    const assignee = input.assignee?.trim() ?? '';
    if (assignee.length > CARD_LIMITS.assigneeMax) {
      return err(invalid('assignee', `Assignee must be at most ${CARD_LIMITS.assigneeMax} characters`));
    }
    out.assignee = assignee === '' ? null : assignee;
  }

  return ok(out);
};
