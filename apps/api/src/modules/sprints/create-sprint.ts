import type { CreateSprintBody } from '@echoboard/contracts';
import { checkNoOverlap, validateSprintInput } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockBoard } from '../../db/transaction.ts';
import { notFound, unwrap } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { sprintDates, sprintsOfBoard } from './sprint-rows.ts';
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
