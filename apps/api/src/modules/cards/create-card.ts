import type { CreateCardBody } from '@echoboard/contracts';
import { keyBetween } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockColumn } from '../../db/transaction.ts';
import { AppError, notFound } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { toCard } from '../mappers.ts';
import { newCardData } from './card-data.ts';
import { checkHardWip } from './wip.ts';

/** Appends a new card at the bottom of a column of the board; it joins the board's active sprint, if any. */
export async function createCard(db: Database, options: { boardId: string; input: CreateCardBody; actor: Actor }) {
  const { boardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const board = await tx.board.findUnique({ where: { id: boardId }, select: { effortScale: true, teamId: true } });
    if (!board) throw notFound('BOARD_NOT_FOUND', boardId);
    const column = await lockColumn(tx, input.columnId);
    if (!column || column.boardId !== boardId) {
      throw new AppError('COLUMN_NOT_FOUND', `Column ${input.columnId} is not on this board; reload the board.`, {
        errors: [{ path: 'body.columnId', message: 'is not a column of this board' }],
      });
    }
    const { columnId, ...fields } = input;
    const data = await newCardData(tx, board.teamId, fields, board.effortScale);
    await checkHardWip(tx, column, false);
    const last = await tx.card.findFirst({ where: { columnId }, orderBy: { rank: 'desc' }, select: { rank: true } });
    const active = await tx.sprint.findFirst({ where: { boardId, state: 'active' }, select: { id: true } });
    const card = await tx.card.create({
      data: { ...data, boardId, columnId, sprintId: active?.id ?? null, rank: keyBetween(last?.rank ?? null, null) },
    });
    const created = toCard(card);
    await recordEvents(tx, boardId, actor, [{ type: 'card.upserted', action: 'created', card: created }]);
    return created;
  });
}
