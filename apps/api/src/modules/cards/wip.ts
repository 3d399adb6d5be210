import { checkWipForMove } from '@echoboard/domain';
import type { Tx } from '../../db/transaction.ts';
import { unwrap } from '../../errors.ts';

/**
 * Refuses a card entering a column whose hard WIP limit it would exceed (409 WIP_LIMIT_EXCEEDED).
 * The caller holds the column's lock, so the count cannot change before the write.
 */
export async function checkHardWip(
  tx: Tx,
  column: { id: string; name: string; wip_limit: number | null; wip_hard: boolean },
  sameColumn: boolean,
): Promise<void> {
  if (column.wip_limit === null || !column.wip_hard || sameColumn) return;
  const targetCount = await tx.card.count({ where: { columnId: column.id } });
  unwrap(checkWipForMove({ targetCount, limit: column.wip_limit, sameColumn, hard: true, columnName: column.name }));
}
