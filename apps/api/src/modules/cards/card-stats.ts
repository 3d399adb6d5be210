import type { CardStats } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import { type Actor, recordEvents } from '../events/record.ts';

type Client = Database['prisma'] | Tx;

/**
 * Checklist progress and comment count of the cards on a board that have any, by card id: what
 * the board shows on each card. (board-json.ts builds the same in SQL for GET /boards/:id.)
 */
export async function boardCardStats(client: Client, boardId: string): Promise<Record<string, CardStats>> {
  return cardStatsWhere(client, { card: { boardId, columnId: { not: null } } });
}

const NONE: CardStats = { checklistDone: 0, checklistTotal: 0, comments: 0 };

async function cardStatsWhere(
  client: Client,
  onBoard: { card: { boardId: string; columnId: { not: null } } } | { cardId: string },
): Promise<Record<string, CardStats>> {
  // One after the other: the client may be a transaction, which runs one statement at a time.
  const items = await client.checklistItem.groupBy({ by: ['cardId', 'done'], where: onBoard, _count: { _all: true } });
  const comments = await client.cardComment.groupBy({ by: ['cardId'], where: onBoard, _count: { _all: true } });
  const stats: Record<string, CardStats> = {};
  const of = (cardId: string) => {
    stats[cardId] ??= { ...NONE };
    return stats[cardId];
  };
  for (const row of items) {
    const entry = of(row.cardId);
    entry.checklistTotal += row._count._all;
    if (row.done) entry.checklistDone += row._count._all;
  }
  for (const row of comments) of(row.cardId).comments = row._count._all;
  return stats;
}

/**
 * After a change to a card's checklist or comments: if the card is on a board, every viewer of
 * it learns the card's new figures (`card.stats`), in the transaction of the change.
 */
export async function recordCardStats(tx: Tx, cardId: string, actor: Actor): Promise<void> {
  const card = await tx.card.findUnique({ where: { id: cardId }, select: { boardId: true, columnId: true } });
  if (!card?.boardId || !card.columnId) return;
  const stats = (await cardStatsWhere(tx, { cardId }))[cardId] ?? NONE;
  await recordEvents(tx, card.boardId, actor, [{ type: 'card.stats', cardId, stats }]);
}
