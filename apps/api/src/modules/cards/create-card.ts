import type { CreateCardBody } from '@echoboard/contracts';
import { keyBetween, validateCardFields } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockColumn } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { fromCalendarDate, toCard } from '../mappers.ts';
import { linkedCardFields } from './card-links.ts';

/** Appends a new card at the bottom of a column of the board. */
export async function createCard(db: Database, options: { boardId: string; input: CreateCardBody; actor: Actor }) {
  const { boardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const board = await tx.board.findUnique({ where: { id: boardId }, select: { effortScale: true, teamId: true } });
    if (!board) throw notFound('BOARD_NOT_FOUND', boardId);
    const column = await lockColumn(tx, input.columnId);
    if (!column || column.board_id !== boardId) {
      throw new AppError('COLUMN_NOT_FOUND', `Column ${input.columnId} is not on this board; reload the board.`, {
        errors: [{ path: 'body.columnId', message: 'is not a column of this board' }],
      });
    }
    const { columnId, assigneeId, shareable, campaignId, ...fields } = input;
    const valid = unwrap(validateCardFields(fields, board.effortScale));
    const links = await linkedCardFields(tx, board.teamId, { assigneeId, shareable, campaignId });
    const last = await tx.card.findFirst({ where: { columnId }, orderBy: { rank: 'desc' }, select: { rank: true } });
    const card = await tx.card.create({
      data: {
        teamId: board.teamId,
        boardId,
        columnId,
        title: valid.title ?? input.title,
        description: valid.description ?? '',
        effort: valid.effort ?? null,
        labels: valid.labels ?? [],
        dueDate: fromCalendarDate(valid.dueDate) ?? null,
        assignee: valid.assignee ?? null,
        ...links,
        rank: keyBetween(last?.rank ?? null, null),
      },
    });
    const created = toCard(card);
    await recordEvents(tx, boardId, actor, [{ type: 'card.upserted', action: 'created', card: created }]);
    return created;
  });
}
