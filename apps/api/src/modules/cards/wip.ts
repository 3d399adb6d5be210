import { checkWipForMove } from '@echoboard/domain';
import type { Tx } from '../../db/transaction.ts';
import { unwrap } from '../../errors.ts';

interface WipColumn {
  id: string;
  name: string;
  wipLimit: number | null;
  wipHard: boolean;
}

const hasHardLimit = (column: WipColumn, sameColumn: boolean): column is WipColumn & { wipLimit: number } =>
  column.wipLimit !== null && column.wipHard && !sameColumn;

/**
 * Refuses a card entering a column whose hard WIP limit it would exceed (409 WIP_LIMIT_EXCEEDED).
 * The caller holds the column's lock, so the count cannot change before the write.
 */
export async function checkHardWip(tx: Tx, column: WipColumn, sameColumn: boolean): Promise<void> {
  if (!hasHardLimit(column, sameColumn)) return;
  const targetCount = await tx.card.count({ where: { columnId: column.id } });
  checkCountedWip(column, sameColumn, targetCount);
}

/**
 * checkHardWip with the column's card count already read (null: not read, the column has no hard
 * limit); the caller makes sure the count still holds when it writes.
 */
export function checkCountedWip(column: WipColumn, sameColumn: boolean, targetCount: number | null): void {
  if (!hasHardLimit(column, sameColumn)) return;
  if (targetCount === null) throw new Error(`Column ${column.id} has a hard WIP limit but its cards were not counted`);
  unwrap(checkWipForMove({ targetCount, limit: column.wipLimit, sameColumn, hard: true, columnName: column.name }));
}
