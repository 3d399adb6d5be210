import { type CardFields, validateCardFields } from '@echoboard/domain';
import type { Tx } from '../../db/transaction.ts';
import { unwrap } from '../../errors.ts';
import { fromCalendarDate } from '../mappers.ts';
import { linkedCardFields } from './card-links.ts';

/**
 * The row fields of a new card, wherever it is created (a column, the backlog): the person's
 * fields validated against the effort scale, and the links checked against the team.
 */
export async function newCardData(
  tx: Tx,
  teamId: string,
  input: CardFields & { title: string; assigneeId?: string | null; shareable?: boolean },
  effortScale: readonly number[],
) {
  const { assigneeId, shareable, ...fields } = input;
  const valid = unwrap(validateCardFields(fields, effortScale));
  const links = await linkedCardFields(tx, teamId, { assigneeId, shareable });
  return {
    teamId,
    title: valid.title ?? input.title,
    description: valid.description ?? '',
    effort: valid.effort ?? null,
    labels: valid.labels ?? [],
    dueDate: fromCalendarDate(valid.dueDate) ?? null,
    assignee: valid.assignee ?? null,
    ...links,
  };
}
