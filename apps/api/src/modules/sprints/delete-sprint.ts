import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { backlogOf, listWhere, lockList, planOf, prependToList } from '../backlog/lists.ts';
import { lockTeamBoards, recordPlanEvents } from '../backlog/plan-events.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { toPlannedCard } from '../mappers.ts';
import { lockSprint, requirePlanned } from './sprint-rows.ts';

/** Cancels a planned sprint; its plan goes back to the top of the backlog, in plan order. */
export async function deleteSprint(db: Database, options: { sprintId: string; actor: Actor }) {
  const { sprintId, actor } = options;
  await inTransaction(db, async (tx) => {
    // The plan joins the backlog, which every board of the team shows: lock them all, in id order
    // (plan-events.ts), before lockSprint takes this one again and the sprint.
    const team = await tx.sprint.findUnique({
      where: { id: sprintId },
      select: { board: { select: { teamId: true } } },
    });
    const boardIds = team ? await lockTeamBoards(tx, team.board.teamId) : [];
    const row = await lockSprint(tx, sprintId);
    requirePlanned(row, 'delete it');
    const backlog = backlogOf(row.board.teamId);
    await lockList(tx, backlog);
    const planned = await tx.card.findMany({
      where: listWhere(planOf(sprintId)),
      orderBy: [{ rank: 'asc' }, { id: 'asc' }],
      select: { id: true },
    });
    const moved = await prependToList(
      tx,
      backlog,
      planned.map((card) => card.id),
    );
    await tx.sprint.delete({ where: { id: sprintId } });
    await recordPlanEvents(
      tx,
      boardIds,
      actor,
      moved.map((card) => ({ type: 'plan.upserted', action: 'moved', card: toPlannedCard(card) })),
    );
    await recordEvents(tx, row.boardId, actor, [{ type: 'sprint.deleted', sprintId }]);
  });
}
