import type { CreateSprintBody, UpdateSprintBody } from '@echoboard/contracts';
import { checkNoOverlap, validateSprintInput } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockBoard } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import { backlogOf, listWhere, lockList, prependToList } from '../backlog/lists.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { lockSprint, requirePlanned, sprintDates, sprintsOfBoard, storedDates } from './sprint-rows.ts';
import { loadSprint } from './sprint-view.ts';

/** A new planned sprint. The board row's lock makes concurrent creates check overlap one by one. */
export async function createSprint(db: Database, options: { boardId: string; input: CreateSprintBody; actor: Actor }) {
  const { boardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    if (!(await lockBoard(tx, boardId))) throw notFound('BOARD_NOT_FOUND', boardId);
    const valid = unwrap(validateSprintInput(input));
    unwrap(checkNoOverlap(valid, await sprintsOfBoard(tx, boardId)));
    const row = await tx.sprint.create({
      data: { boardId, name: valid.name, goal: valid.goal, lengthDays: valid.lengthDays, ...sprintDates(valid) },
    });
    const sprint = await loadSprint(tx, row.id);
    await recordEvents(tx, boardId, actor, [{ type: 'sprint.updated', sprint }]);
    return sprint;
  });
}

/** Name and goal until completion; dates (start, length, holidays) only while planned. */
export async function updateSprint(db: Database, options: { sprintId: string; input: UpdateSprintBody; actor: Actor }) {
  const { sprintId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const row = await lockSprint(tx, sprintId);
    if (row.state === 'completed') {
      throw new AppError('INVALID_SPRINT_TRANSITION', `Sprint "${row.name}" is completed; its record cannot change.`);
    }
    const changesDates =
      input.startDate !== undefined || input.lengthDays !== undefined || input.holidays !== undefined;
    if (changesDates) requirePlanned(row, 'change the dates (start, length, holidays)');
    const current = storedDates(row);
    const valid = unwrap(
      validateSprintInput({
        name: input.name ?? row.name,
        goal: input.goal ?? row.goal,
        startDate: input.startDate ?? current.startDate,
        lengthDays: input.lengthDays ?? row.lengthDays,
        holidays: input.holidays ?? current.holidays,
      }),
    );
    if (changesDates) unwrap(checkNoOverlap({ ...valid, id: sprintId }, await sprintsOfBoard(tx, row.boardId)));
    await tx.sprint.update({
      where: { id: sprintId },
      data: { name: valid.name, goal: valid.goal, lengthDays: valid.lengthDays, ...sprintDates(valid) },
    });
    const sprint = await loadSprint(tx, sprintId);
    await recordEvents(tx, row.boardId, actor, [{ type: 'sprint.updated', sprint }]);
    return sprint;
  });
}

/** Cancels a planned sprint; its plan goes back to the top of the backlog, in plan order. */
export async function deleteSprint(db: Database, options: { sprintId: string; actor: Actor }) {
  const { sprintId, actor } = options;
  await inTransaction(db, async (tx) => {
    const row = await lockSprint(tx, sprintId);
    requirePlanned(row, 'delete it');
    const backlog = backlogOf(row.board.teamId);
    await lockList(tx, backlog);
    const planned = await tx.card.findMany({
      where: listWhere({ kind: 'sprint', sprintId }),
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
