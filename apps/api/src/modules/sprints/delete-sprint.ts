import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { backlogOf, listWhere, lockList, planOf, prependToList } from '../backlog/lists.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { lockSprint, requirePlanned } from './sprint-rows.ts';

/** Cancels a planned sprint; its plan goes back to the top of the backlog, in plan order. */
export async function deleteSprint(db: Database, options: { sprintId: string; actor: Actor }) {
  const { sprintId, actor } = options;
  await inTransaction(db, async (tx) => {
    const row = await lockSprint(tx, sprintId);
    requirePlanned(row, 'delete it');
    const backlog = backlogOf(row.board.teamId);
    await lockList(tx, backlog);
    const planned = await tx.card.findMany({
      where: listWhere(planOf(sprintId)),
      orderBy: [{ rank: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    await prependToList(
      tx,
      backlog,
      planned.map((card) => card.id),
    );
    await tx.sprint.delete({ where: { id: sprintId } });
    await recordEvents(tx, row.boardId, actor, [{ type: 'sprint.deleted', sprintId }]);
  });
}
