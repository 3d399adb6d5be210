import type { UpdateSprintBody } from '@echoboard/contracts';
import { checkNoOverlap, validateSprintInput } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { lockSprint, requirePlanned, sprintDates, sprintsOfBoard, storedDates } from './sprint-rows.ts';
import { loadSprint } from './sprint-view.ts';

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
