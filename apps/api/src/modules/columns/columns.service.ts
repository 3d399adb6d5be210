import type { CreateColumnBody, UpdateColumnBody } from '@echoboard/contracts';
import {
  COLUMN_LIMITS,
  checkColumnNameFree,
  keysBetween,
  newColumnAfter,
  rankAfter,
  validateStaleThreshold,
} from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockBoard, lockColumn, type Tx } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { toCard, toColumn } from '../mappers.ts';
import { onBoard } from './on-board.ts';

/** The rank for a column placed right after `afterId`; the board's other columns are `siblings`. */
function rankAfterColumn(siblings: { id: string; rank: string }[], afterId: string | null | undefined): string {
  const placed = rankAfter(siblings, afterId);
  if (placed.ok) return placed.value;
  throw new AppError('COLUMN_NOT_FOUND', `Column ${afterId} is not on this board, so nothing can go after it.`, {
    errors: [{ path: 'body.afterColumnId', message: 'is not a column of this board' }],
  });
}

const siblingsOf = (tx: Tx, boardId: string, exceptId?: string) =>
  tx.column.findMany({
    where: { boardId, ...(exceptId ? { id: { not: exceptId } } : {}) },
    orderBy: { rank: 'asc' },
    select: { id: true, rank: true, name: true },
  });

export async function createColumn(db: Database, boardId: string, input: CreateColumnBody, actor: Actor) {
  return inTransaction(db, async (tx) => {
    if (!(await lockBoard(tx, boardId))) throw notFound('BOARD_NOT_FOUND', boardId);
    const siblings = await siblingsOf(tx, boardId);
    if (siblings.length >= COLUMN_LIMITS.columnsMax) {
      throw new AppError('VALIDATION_FAILED', `A board has at most ${COLUMN_LIMITS.columnsMax} columns.`);
    }
    unwrap(checkColumnNameFree(input.name, siblings));
    const column = await tx.column.create({
      data: {
        boardId,
        name: input.name,
        wipLimit: input.wipLimit ?? null,
        wipHard: input.wipHard ?? false,
        // Absent: just before the done column, which stays last (what counts as done is unchanged).
        rank: rankAfterColumn(
          siblings,
          input.afterColumnId === undefined ? newColumnAfter(siblings) : input.afterColumnId,
        ),
      },
    });
    const created = toColumn(column);
    await recordEvents(tx, boardId, actor, [{ type: 'column.upserted', column: created }]);
    return created;
  });
}

export async function updateColumn(db: Database, columnId: string, input: UpdateColumnBody, actor: Actor) {
  return inTransaction(db, async (tx) => {
    const existing = await tx.column.findUnique({ where: { id: columnId } });
    if (!existing) throw notFound('COLUMN_NOT_FOUND', columnId);
    const staleDays = input.staleDays === undefined ? undefined : unwrap(validateStaleThreshold(input.staleDays));
    if (input.afterColumnId === columnId) {
      throw new AppError('VALIDATION_FAILED', 'A column cannot be placed after itself.', {
        errors: [{ path: 'body.afterColumnId', message: 'must be another column' }],
      });
    }
    let rank: string | undefined;
    if (input.afterColumnId !== undefined || input.name !== undefined) {
      // Under the board's lock: two renames or a rename and an add cannot both take one name.
      await lockBoard(tx, existing.boardId);
      const siblings = await siblingsOf(tx, existing.boardId, columnId);
      if (input.name !== undefined) unwrap(checkColumnNameFree(input.name, siblings));
      if (input.afterColumnId !== undefined) rank = rankAfterColumn(siblings, input.afterColumnId);
    }
    const column = await tx.column.update({
      where: { id: columnId },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.wipLimit !== undefined ? { wipLimit: input.wipLimit } : {}),
        ...(input.wipHard !== undefined ? { wipHard: input.wipHard } : {}),
        ...(rank !== undefined ? { rank } : {}),
        ...(staleDays !== undefined ? { staleDays } : {}),
      },
    });
    const updated = toColumn(column);
    await recordEvents(tx, updated.boardId, actor, [{ type: 'column.upserted', column: updated }]);
    return updated;
  });
}

export async function deleteColumn(db: Database, columnId: string, moveCardsTo: string | undefined, actor: Actor) {
  await inTransaction(db, async (tx) => {
    const column = await lockColumn(tx, columnId);
    if (!column) throw notFound('COLUMN_NOT_FOUND', columnId);
    const columnCount = await tx.column.count({ where: { boardId: column.boardId } });
    if (columnCount <= 1) {
      throw new AppError('LAST_COLUMN', `"${column.name}" is the board's only column; a board needs at least one.`);
    }
    const cards = await tx.card.findMany({ where: { columnId }, orderBy: { rank: 'asc' }, select: { id: true } });
    if (cards.length > 0) {
      if (moveCardsTo === undefined) {
        const count = cards.length === 1 ? '1 card' : `${cards.length} cards`;
        throw new AppError(
          'COLUMN_NOT_EMPTY',
          `"${column.name}" still holds ${count}. Move them to another column first, or choose a column to move them to.`,
        );
      }
      const moved = await moveAllCards(tx, cards, column, moveCardsTo);
      await recordEvents(
        tx,
        column.boardId,
        actor,
        moved.map((card) => ({ type: 'card.upserted', action: 'moved', card: toCard(card) })),
      );
    }
    await tx.column.delete({ where: { id: columnId } });
    await recordEvents(tx, column.boardId, actor, [{ type: 'column.deleted', columnId }]);
  });
}

async function moveAllCards(tx: Tx, cards: { id: string }[], from: { id: string; boardId: string }, toId: string) {
  if (toId === from.id) {
    throw new AppError('VALIDATION_FAILED', 'Choose another column to move the cards to.', {
      errors: [{ path: 'querystring.moveCardsTo', message: 'must be another column' }],
    });
  }
  onBoard(await lockColumn(tx, toId), from.boardId, toId, 'querystring.moveCardsTo');
  const last = await tx.card.findFirst({
    where: { columnId: toId },
    orderBy: { rank: 'desc' },
    select: { rank: true },
  });
  const ranks = keysBetween(last?.rank ?? null, null, cards.length);
  const moved = [];
  for (const [i, card] of cards.entries()) {
    moved.push(
      await tx.card.update({
        where: { id: card.id },
        // A new column for the card: its age there (daily scrum) starts now.
        data: { columnId: toId, rank: ranks[i]!, columnEnteredAt: new Date(), version: { increment: 1 } },
      }),
    );
  }
  return moved;
}
