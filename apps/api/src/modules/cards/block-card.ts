import { validateBlockedReason } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { unwrap } from '../../errors.ts';
import type { Actor } from '../events/record.ts';
import { toAnyCard } from '../mappers.ts';
import { lockBoardsIfPlanned, lockCard, recordEdited } from './update-card.ts';

/**
 * Flags a card blocked with a reason (reason null: unblocks it). Any member may, as anyone can be
 * the one who is stuck. Re-flagging keeps when it was first blocked; unblocking a card that is not
 * blocked changes nothing.
 */
export async function setCardBlocked(db: Database, options: { cardId: string; reason: string | null; actor: Actor }) {
  const { cardId, actor } = options;
  const reason = options.reason === null ? null : unwrap(validateBlockedReason(options.reason));
  return inTransaction(db, async (tx) => {
    await lockBoardsIfPlanned(tx, cardId);
    const card = await lockCard(tx, cardId, undefined);
    if (reason === null && card.blockedReason === null) return toAnyCard(card);
    const updated = await tx.card.update({
      where: { id: cardId },
      data: {
        blockedReason: reason,
        blockedAt: reason === null ? null : (card.blockedAt ?? new Date()),
        version: { increment: 1 },
      },
    });
    return recordEdited(tx, updated, actor);
  });
}
