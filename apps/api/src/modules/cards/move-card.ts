import type { MoveCardBody } from '@echoboard/contracts';
import { type MoveCommand, moveWindow, planMove, rebalanceKeys } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import type { AuthUser } from '../auth/sessions.ts';
import { type Actor, actorOf, recordEvents } from '../events/record.ts';
import { type BoardCardRow, toCard } from '../mappers.ts';
import { lockCardAndColumn, readWindow, writeMove } from './move-queries.ts';
import { checkVersion, requireOnBoard } from './update-card.ts';
import { checkHardWip } from './wip.ts';

/**
 * Moves a card next to the neighbours the client names. The server computes the rank from the
 * neighbours as they are now (never trusting a client's rank) and writes one row, except when a
 * column's keys have grown too long and the column is rebalanced in the same transaction.
 * It checks access itself (what requireCard does elsewhere), in the statement that locks the card:
 * a card of a team the user is not in gets the 404 of a missing one.
 */
export async function moveCard(db: Database, options: { cardId: string; input: MoveCardBody; user: AuthUser }) {
  const { cardId, input, user } = options;
  const actor = actorOf(user);
  return inTransaction(db, async (tx) => {
    const locked = await lockCardAndColumn(tx, { cardId, columnId: input.toColumnId, userId: user.id });
    if (!locked.card) throw notFound('CARD_NOT_FOUND', cardId);
    checkVersion(locked.card, input.version);
    const card = requireOnBoard(locked.card);
    const target = locked.target;
    if (!target || target.boardId !== card.boardId) {
      throw new AppError(
        'COLUMN_NOT_FOUND',
        `Column ${input.toColumnId} is not on this card's board; reload the board.`,
        {
          errors: [{ path: 'body.toColumnId', message: 'is not a column of this board' }],
        },
      );
    }
    await checkHardWip(tx, target, target.id === card.columnId);
    const command = {
      cardId: card.id,
      toColumnId: target.id,
      afterCardId: input.afterCardId,
      beforeCardId: input.beforeCardId,
    };
    // Only the neighbours at the drop point are read; the whole column only for a rebalance.
    const neighbours = await readWindow(tx, target.id, card.id, moveWindow(command));
    const plan = unwrap(planMove([...neighbours, { id: card.id, columnId: card.columnId, rank: card.rank }], command));
    if (plan.toColumnId === card.columnId && plan.rank === card.rank) return toCard(card);
    if (plan.rebalance) return moveWithRebalance(tx, card, command, actor);
    const now = new Date();
    const moved = toCard({
      ...card,
      columnId: target.id,
      rank: plan.rank,
      version: card.version + 1,
      updatedAt: now,
      columnEnteredAt: target.id !== card.columnId ? now : card.columnEnteredAt,
    });
    await writeMove(tx, moved, actor);
    return moved;
  });
}

/** The rare move whose key would grow too long: the whole target column gets fresh keys. */
async function moveWithRebalance(tx: Tx, card: BoardCardRow, command: MoveCommand, actor: Actor) {
  const siblings = await tx.card.findMany({
    where: { columnId: command.toColumnId, id: { not: card.id } },
    select: { id: true, columnId: true, rank: true },
  });
  const ranked = siblings.map((s) => ({ ...s, columnId: command.toColumnId }));
  const plan = unwrap(planMove([...ranked, { id: card.id, columnId: card.columnId, rank: card.rank }], command));
  await rebalanceColumn(tx, command.toColumnId, plan.order);
  const moved = toCard(
    await tx.card.update({
      where: { id: card.id },
      data: {
        version: { increment: 1 },
        ...(command.toColumnId !== card.columnId ? { columnEnteredAt: new Date() } : {}),
      },
    }),
  );
  // Every card of the column has a new key: viewers need them all, the moved one last.
  const others = await tx.card.findMany({ where: { columnId: command.toColumnId, id: { not: card.id } } });
  await recordEvents(tx, card.boardId, actor, [
    ...others.map((other) => ({ type: 'card.upserted' as const, action: 'moved' as const, card: toCard(other) })),
    { type: 'card.upserted', action: 'moved', card: moved },
  ]);
  return moved;
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
