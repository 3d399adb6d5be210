import type { ArchivedCard, RestoreCardBody } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Card as PrismaCard } from '../../generated/prisma/client.ts';
import { lockBoardColumn } from '../columns/on-board.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { isOnBoard, toCard } from '../mappers.ts';
import { bottomOf } from './append.ts';
import { checkVersion, lockCardRow } from './update-card.ts';

/*
 * The archive: a card put away keeps its board (to be listed and restored there) but leaves its
 * column and its sprint, so the board, the backlog, every plan and sprint completion pass it by.
 * For every viewer it leaves the board as a deleted card does (`card.deleted`), and comes back as
 * a new one (`card.upserted`, created).
 */

export const toArchivedCard = (card: PrismaCard & { boardId: string; archivedAt: Date }): ArchivedCard => ({
  id: card.id,
  teamId: card.teamId,
  boardId: card.boardId,
  title: card.title,
  description: card.description,
  labels: card.labels,
  effort: card.effort,
  version: card.version,
  archivedAt: card.archivedAt.toISOString(),
});

const isArchived = (card: PrismaCard): card is PrismaCard & { boardId: string; archivedAt: Date } =>
  card.archivedAt !== null && card.boardId !== null;

export async function archiveCard(
  db: Database,
  options: { cardId: string; version: number | undefined; actor: Actor },
): Promise<ArchivedCard> {
  const { cardId, version, actor } = options;
  return inTransaction(db, async (tx) => {
    const card = await lockCardRow(tx, cardId);
    checkVersion(card, version);
    if (card.archivedAt) throw new AppError('CARD_ARCHIVED', `"${card.title}" is already archived.`);
    if (!isOnBoard(card)) {
      throw new AppError(
        'CARD_NOT_ON_BOARD',
        `"${card.title}" is in the backlog or a planned sprint, not on a board; only board cards are archived. Delete it instead if it is no longer needed.`,
      );
    }
    const archived = await tx.card.update({
      where: { id: cardId },
      data: { columnId: null, sprintId: null, archivedAt: new Date(), version: { increment: 1 } },
    });
    await recordEvents(tx, card.boardId, actor, [{ type: 'card.deleted', cardId }]);
    if (!isArchived(archived)) throw new Error(`Card ${cardId} lost its board while archived`);
    return toArchivedCard(archived);
  });
}

/** Puts an archived card back at the end of a column of its board (the first one unless told). */
export async function restoreCard(db: Database, options: { cardId: string; input: RestoreCardBody; actor: Actor }) {
  const { cardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const card = await lockCardRow(tx, cardId);
    checkVersion(card, input.version);
    if (!isArchived(card)) {
      throw new AppError('CARD_NOT_ARCHIVED', `"${card.title}" is not archived; there is nothing to restore.`);
    }
    const column = await lockBoardColumn(tx, card.boardId, input.columnId ?? (await firstColumnId(tx, card.boardId)));
    const restored = toCard(
      await tx.card.update({
        where: { id: cardId },
        data: {
          archivedAt: null,
          ...(await bottomOf(tx, column)),
          columnEnteredAt: new Date(),
          version: { increment: 1 },
        },
      }),
    );
    await recordEvents(tx, card.boardId, actor, [{ type: 'card.upserted', action: 'created', card: restored }]);
    return restored;
  });
}

/** Where a card is restored unless the lead picks a column: the board's first. */
async function firstColumnId(tx: Tx, boardId: string): Promise<string> {
  const first = await tx.column.findFirst({ where: { boardId }, orderBy: { rank: 'asc' }, select: { id: true } });
  // A board always has a column (the last one cannot be deleted).
  if (!first) throw notFound('BOARD_NOT_FOUND', boardId);
  return first.id;
}

/** A board's archived cards, most recently archived first. */
export async function listArchivedCards(db: Database, boardId: string): Promise<ArchivedCard[]> {
  const rows = await db.prisma.card.findMany({
    where: { boardId, archivedAt: { not: null } },
    orderBy: [{ archivedAt: 'desc' }, { id: 'asc' }],
  });
  return rows.filter(isArchived).map(toArchivedCard);
}
