import type { CreateCardBody } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { lockBoardColumn } from '../columns/on-board.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { toCard } from '../mappers.ts';
import { bottomOf } from './append.ts';
import { newCardData } from './card-data.ts';

/** Appends a new card at the bottom of a column of the board; it joins the board's active sprint, if any. */
export async function createCard(db: Database, options: { boardId: string; input: CreateCardBody; actor: Actor }) {
  const { boardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const board = await tx.board.findUnique({ where: { id: boardId }, select: { effortScale: true, teamId: true } });
    if (!board) throw notFound('BOARD_NOT_FOUND', boardId);
    const column = await lockBoardColumn(tx, boardId, input.columnId);
    const { columnId: _columnId, ...fields } = input;
    const data = await newCardData(tx, board.teamId, fields, board.effortScale);
    const card = await tx.card.create({ data: { ...data, boardId, ...(await bottomOf(tx, column)) } });
    const created = toCard(card);
    await recordEvents(tx, boardId, actor, [{ type: 'card.upserted', action: 'created', card: created }]);
    return created;
  });
}
