import { canStartSprint, checkNoOverlap, datesStartingOn, keysBetween } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockColumn } from '../../db/transaction.ts';
import { unwrap } from '../../errors.ts';
import { listCards, planOf } from '../backlog/lists.ts';
import { type Actor, type NewEvent, recordEvents } from '../events/record.ts';
import { toCard, toColumn } from '../mappers.ts';
import { lockSprintAndBoardCards, sprintDates, sprintsOfBoard, storedDates } from './sprint-rows.ts';
import { loadSprint, loadSprintDetail } from './sprint-view.ts';
import { todayIn } from './today.ts';

/**
 * planned → active. The plan goes onto the board's first column, below the cards already there, in
 * plan order; cards already on the board without a sprint join it too, so while a sprint is active
 * every card of the board belongs to it (completing it then clears the board). A hard WIP limit on
 * the first column does not stop a start: refusing would strand the whole plan. With startToday,
 * its dates first move to start today, keeping its length (refused if they would overlap another
 * sprint of the board).
 */
export async function startSprint(
  db: Database,
  options: { sprintId: string; actor: Actor; startToday?: boolean; now?: Date },
) {
  const { sprintId, actor } = options;
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const row = await lockSprintAndBoardCards(tx, sprintId);
    const others = await sprintsOfBoard(tx, row.boardId);
    unwrap(canStartSprint(row, others));
    if (options.startToday) {
      const today = todayIn(row.board.team.timeZone, now);
      const dates = datesStartingOn({ ...storedDates(row), lengthDays: row.lengthDays }, today);
      unwrap(checkNoOverlap({ ...dates, id: sprintId }, others));
      await tx.sprint.update({ where: { id: sprintId }, data: sprintDates(dates) });
    }
    const first = await tx.column.findFirst({ where: { boardId: row.boardId }, orderBy: { rank: 'asc' } });
    // A board always keeps at least one column (LAST_COLUMN), so this is a bug if it happens.
    if (!first || !(await lockColumn(tx, first.id))) throw new Error(`Board ${row.boardId} has no column`);
    const last = await tx.card.findFirst({
      where: { columnId: first.id },
      orderBy: { rank: 'desc' },
      select: { rank: true },
    });
    const plan = await listCards(tx, planOf(sprintId));
    const ranks = keysBetween(last?.rank ?? null, null, plan.length);
    // The columns as they stand at the start: the burndown counts a card done in the last one at the time.
    const columns = await tx.column.findMany({ where: { boardId: row.boardId }, orderBy: { rank: 'asc' } });
    const events: NewEvent[] = columns.map((column) => ({ type: 'column.upserted', column: toColumn(column) }));
    for (const [i, card] of plan.entries()) {
      const moved = await tx.card.update({
        where: { id: card.id },
        data: {
          boardId: row.boardId,
          columnId: first.id,
          rank: ranks[i]!,
          columnEnteredAt: now,
          version: { increment: 1 },
        },
      });
      events.push({ type: 'card.upserted', action: 'moved', card: toCard(moved) });
    }
    // Archived cards keep their board but belong to no sprint.
    const joining = await tx.card.findMany({
      where: { boardId: row.boardId, sprintId: null, archivedAt: null },
      select: { id: true },
    });
    for (const { id } of joining) {
      const joined = await tx.card.update({ where: { id }, data: { sprintId, version: { increment: 1 } } });
      events.push({ type: 'card.upserted', action: 'edited', card: toCard(joined) });
    }
    await tx.sprint.update({ where: { id: sprintId }, data: { state: 'active', startedAt: now } });
    events.push({ type: 'sprint.updated', sprint: await loadSprint(tx, sprintId) });
    await recordEvents(tx, row.boardId, actor, events);
    return loadSprintDetail(tx, sprintId, now);
  });
}
