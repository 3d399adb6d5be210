import type { Database } from '../../db/database.ts';
import { inTransaction, lockBoard } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { loadSprint } from './sprint-view.ts';

/**
 * Sets the board's default points per member-day. It changes the capacity of the board's planned
 * sprints, so each gets a `sprint.updated`: planning pages showing one re-read its meter.
 */
export async function setPlanningDefaults(
  db: Database,
  options: { boardId: string; defaultPointsPerDay: number; actor: Actor },
) {
  const { boardId, defaultPointsPerDay, actor } = options;
  return inTransaction(db, async (tx) => {
    if (!(await lockBoard(tx, boardId))) throw notFound('BOARD_NOT_FOUND', boardId);
    await tx.board.update({ where: { id: boardId }, data: { defaultPointsPerDay } });
    const planned = await tx.sprint.findMany({ where: { boardId, state: 'planned' }, select: { id: true } });
    const events = [];
    for (const { id } of planned) events.push({ type: 'sprint.updated' as const, sprint: await loadSprint(tx, id) });
    await recordEvents(tx, boardId, actor, events);
    return { defaultPointsPerDay };
  });
}
