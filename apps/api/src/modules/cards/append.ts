import { keyBetween } from '@echoboard/domain';
import type { Tx } from '../../db/transaction.ts';
import type { LockedColumn } from '../columns/on-board.ts';
import { activeSprintId } from '../sprints/sprint-rows.ts';
import { checkHardWip } from './wip.ts';

/**
 * Where a card entering a locked column from outside it lands: at the bottom, in the board's
 * running sprint if there is one (while a sprint runs, every card on its board belongs to it).
 * Refuses a column at its hard WIP limit.
 */
export async function bottomOf(tx: Tx, column: LockedColumn) {
  await checkHardWip(tx, column, false);
  const [last, sprintId] = await Promise.all([
    tx.card.findFirst({ where: { columnId: column.id }, orderBy: { rank: 'desc' }, select: { rank: true } }),
    activeSprintId(tx, column.boardId),
  ]);
  return { columnId: column.id, rank: keyBetween(last?.rank ?? null, null), sprintId };
}
