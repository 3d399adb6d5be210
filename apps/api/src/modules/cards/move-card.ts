import type { MoveCardBody } from '@echoboard/contracts';
import { planMove, rebalanceKeys } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockColumn, type Tx } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { toCard } from '../mappers.ts';
import { lockBoardCard } from './update-card.ts';
import { checkHardWip } from './wip.ts';

/**
 * Moves a card next to the neighbours the client names. The server computes the rank from the
 * neighbours as they are now (never trusting a client's rank) and writes one row, except when a
 * column's keys have grown too long and the column is rebalanced in the same transaction.
 */
export async function moveCard(db: Database, options: { cardId: string; input: MoveCardBody; actor: Actor }) {
  const { cardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const card = await lockBoardCard(tx, cardId, input.version);
    const target = await lockColumn(tx, input.toColumnId);
    if (!target || target.board_id !== card.boardId) {
      throw new AppError(
        'COLUMN_NOT_FOUND',
        `Column ${input.toColumnId} is not on this card's board; reload the board.`,
        {
          errors: [{ path: 'body.toColumnId', message: 'is not a column of this board' }],
        },
      );
    }
    await checkHardWip(tx, target, target.id === card.columnId);
    const siblings = await tx.card.findMany({
      where: { columnId: target.id, id: { not: card.id } },
      select: { id: true, rank: true },
    });
    const plan = unwrap(
      planMove(
        [
          ...siblings.map((s) => ({ ...s, columnId: target.id })),
          { id: card.id, columnId: card.columnId, rank: card.rank },
        ],
        {
          cardId: card.id,
          toColumnId: target.id,
          afterCardId: input.afterCardId,
          beforeCardId: input.beforeCardId,
        },
      ),
    );
    if (plan.toColumnId === card.columnId && plan.rank === card.rank) return toCard(card);
    if (plan.rebalance) {
      await rebalanceColumn(tx, target.id, plan.order);
      const moved = toCard(await tx.card.update({ where: { id: card.id }, data: { version: { increment: 1 } } }));
      // Every card of the column has a new key: viewers need them all, the moved one last.
      const others = await tx.card.findMany({ where: { columnId: target.id, id: { not: card.id } } });
      await recordEvents(tx, card.boardId, actor, [
        ...others.map((other) => ({ type: 'card.upserted' as const, action: 'moved' as const, card: toCard(other) })),
        { type: 'card.upserted', action: 'moved', card: moved },
      ]);
      return moved;
    }
    const moved = toCard(
      await tx.card.update({
        where: { id: card.id },
        data: {
          columnId: target.id,
          rank: plan.rank,
          version: { increment: 1 },
          ...(target.id !== card.columnId ? { columnEnteredAt: new Date() } : {}),
        },
      }),
    );
    await recordEvents(tx, card.boardId, actor, [{ type: 'card.upserted', action: 'moved', card: moved }]);
    return moved;
  });
}

/**
 * Rewrites every rank of a column with fresh short keys, in the given order. Two passes, because
 * the unique (column, rank) index is checked row by row: first park every card on a key no real
 * key can equal ('~' sorts after every base-62 digit), then write the final keys.
 */
async function rebalanceColumn(tx: Tx, columnId: string, order: string[]) {
  const keys = rebalanceKeys(order.length);
  await tx.$executeRaw`UPDATE cards SET rank = '~' || id::text WHERE id = ANY(${order}::uuid[])`;
  for (const [i, id] of order.entries()) {
    await tx.card.update({ where: { id }, data: { columnId, rank: keys[i]! } });
  }
}
