import type { Card } from '@echoboard/contracts';
import { CARD_LIMITS, isCalendarDate, normalizeLabels } from '@echoboard/domain';

/** What the editor's fields hold: strings exactly as typed (so nothing is lost on an error), and one checkbox. */
export interface CardFormValues {
  title: string;
  description: string;
  effort: string;
  labels: string;
  dueDate: string;
  assignee: string;
  /** A team member's user id, or '' for none. */
  assigneeId: string;
  shareable: boolean;
}

export interface CardFields {
  title: string;
  description: string;
  effort: number | null;
  labels: string[];
  dueDate: string | null;
  assignee: string | null;
  assigneeId: string | null;
  shareable: boolean;
}

export type CardFormErrors = Partial<Record<keyof CardFormValues, string>>;

export const valuesFromCard = (card: Card): CardFormValues => ({
  title: card.title,
  description: card.description,
  effort: card.effort === null ? '' : String(card.effort),
  labels: card.labels.join(', '),
  dueDate: card.dueDate ?? '',
  assignee: card.assignee ?? '',
  assigneeId: card.assigneeId ?? '',
  shareable: card.shareable,
});

/** "SEO, seo , Launch" → ["SEO", "Launch"], the way the server stores them. */
export const parseLabels = (text: string) => normalizeLabels(text.split(','));

/** The same limits the API enforces, checked before sending so people hear about them at once. */
export function validateCardForm(
  v: CardFormValues,
): { ok: true; value: CardFields } | { ok: false; errors: CardFormErrors } {
  const errors: CardFormErrors = {};
  const title = v.title.trim();
  if (title === '') errors.title = 'Give the card a title.';
  else if (title.length > CARD_LIMITS.titleMax)
    errors.title = `Keep the title under ${CARD_LIMITS.titleMax + 1} characters.`;

  if (v.description.length > CARD_LIMITS.descriptionMax) {
    errors.description = `The description can be at most ${CARD_LIMITS.descriptionMax} characters.`;
  }

  const labels = parseLabels(v.labels);
  const tooLong = labels.find((l) => l.length > CARD_LIMITS.labelMax);
  if (labels.length > CARD_LIMITS.labelsMax) errors.labels = `Use at most ${CARD_LIMITS.labelsMax} labels.`;
  else if (tooLong)
    errors.labels = `“${tooLong.slice(0, 20)}…” is too long; a label has at most ${CARD_LIMITS.labelMax} characters.`;

  let effort: number | null = null;
  if (v.effort !== '') {
    effort = Number(v.effort);
    if (!Number.isFinite(effort)) errors.effort = 'Pick an effort from the list.';
  }

  const dueDate = v.dueDate.trim() === '' ? null : v.dueDate.trim();
  if (dueDate !== null && !isCalendarDate(dueDate)) errors.dueDate = 'Enter a real date, like 2026-03-31.';

  const assignee = v.assignee.trim() === '' ? null : v.assignee.trim();
  if (assignee !== null && assignee.length > CARD_LIMITS.assigneeMax) {
    errors.assignee = `The assignee's name can be at most ${CARD_LIMITS.assigneeMax} characters.`;
  }

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const assigneeId = v.assigneeId === '' ? null : v.assigneeId;
  return {
    ok: true,
    value: { title, description: v.description, effort, labels, dueDate, assignee, assigneeId, shareable: v.shareable },
  };
}

/** What each field is called on the form, to name them in messages. */
export const CARD_FIELD_LABELS: Record<keyof CardFormValues, string> = {
  title: 'Title',
  description: 'Description',
  effort: 'Effort',
  labels: 'Labels',
  dueDate: 'Due date',
  assignee: 'Assignee',
  assigneeId: 'Team member',
  shareable: 'Share with end users',
};

const FIELD_NAMES = Object.keys(CARD_FIELD_LABELS) as (keyof CardFormValues)[];

/** The fields whose form values differ between `a` and `b`. */
export const differingFields = (a: CardFormValues, b: CardFormValues) => FIELD_NAMES.filter((k) => a[k] !== b[k]);

/** Only the named fields of a validated form, for a save that leaves the others as they are on the server. */
export const pickFields = (fields: CardFields, names: readonly (keyof CardFields)[]): Partial<CardFields> =>
  Object.fromEntries(names.map((k) => [k, fields[k]]));

/** `values` typed against the card `was`, moved onto the newer card `now`: the edited fields keep what was typed. */
export function rebasedValues(values: CardFormValues, was: Card, now: Card): CardFormValues {
  const edited = differingFields(values, valuesFromCard(was));
  return { ...valuesFromCard(now), ...Object.fromEntries(edited.map((k) => [k, values[k]])) };
}
