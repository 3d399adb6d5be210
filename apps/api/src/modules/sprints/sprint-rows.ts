import type { ExistingSprint } from '@echoboard/domain';
import { lockBoard, type Tx } from '../../db/transaction.ts';
import { AppError, notFound } from '../../errors.ts';
import { lockTeamBoards } from '../backlog/plan-events.ts';
import { fromCalendarDate, toCalendarDate } from '../mappers.ts';
import { todayIn } from './today.ts';

const date = (value: Date) => toCalendarDate(value) ?? '';

/**
 * Locks the sprint's board, then the sprint row, and returns the sprint. Every sprint write takes
 * the board first: creates and date edits must see all of the board's sprints (no overlap), starts
 * must see the active one, and one lock order means no deadlock between them. The board comes
 * with its team's time zone (the sprint's "today").
 */
export async function lockSprint(tx: Tx, sprintId: string) {
  const found = await tx.sprint.findUnique({ where: { id: sprintId }, select: { boardId: true } });
  if (!found || !(await lockBoard(tx, found.boardId))) throw notFound('SPRINT_NOT_FOUND', sprintId);
  await tx.$queryRaw`SELECT id FROM sprints WHERE id = ${sprintId}::uuid FOR UPDATE`;
  const sprint = await tx.sprint.findUnique({
    where: { id: sprintId },
    include: { board: { include: { team: { select: { timeZone: true } } } } },
  });
  if (!sprint) throw notFound('SPRINT_NOT_FOUND', sprintId);
  return sprint;
}

/**
 * lockSprint for writes that also change the board's cards (start, complete). Moves lock a card,
 * then its column, then the board (for their event); creates a column, then the board. Taking the
 * board's cards and columns first, in that order, keeps one lock order with them: no deadlock,
 * and no card can arrive or move on the board until this transaction ends. `teamBoards` also
 * locks the team's other boards, for writes that record backlog events on them.
 */
export async function lockSprintAndBoardCards(tx: Tx, sprintId: string, options: { teamBoards?: boolean } = {}) {
  const found = await tx.sprint.findUnique({
    where: { id: sprintId },
    select: { boardId: true, board: { select: { teamId: true } } },
  });
  if (!found) throw notFound('SPRINT_NOT_FOUND', sprintId);
  await tx.$queryRaw`SELECT id FROM cards WHERE board_id = ${found.boardId}::uuid ORDER BY id FOR UPDATE`;
  await tx.$queryRaw`SELECT id FROM columns WHERE board_id = ${found.boardId}::uuid ORDER BY id FOR UPDATE`;
  // Writing the backlog records on every board of the team, taken in id order like planning writes.
  if (options.teamBoards) await lockTeamBoards(tx, found.board.teamId);
  return lockSprint(tx, sprintId);
}

/** The board's running sprint, if any: while it runs, every card on the board belongs to it. */
export async function activeSprintId(tx: Tx, boardId: string): Promise<string | null> {
  const active = await tx.sprint.findFirst({ where: { boardId, state: 'active' }, select: { id: true } });
  return active?.id ?? null;
}

/** The board's sprints as the overlap and start rules read them (completed ones with their day). */
export async function sprintsOfBoard(tx: Tx, boardId: string): Promise<ExistingSprint[]> {
  const { timeZone } = await tx.team.findFirstOrThrow({ where: { boards: { some: { id: boardId } } } });
  const rows = await tx.sprint.findMany({
    where: { boardId },
    select: { id: true, name: true, state: true, startDate: true, endDate: true, completedAt: true },
  });
  return rows.map(({ completedAt, ...row }) => ({
    ...row,
    startDate: date(row.startDate),
    endDate: date(row.endDate),
    completedOn: completedAt && todayIn(timeZone, completedAt),
  }));
}

/** Dates of a validated sprint, as the sprints table stores them. */
export const sprintDates = (valid: { startDate: string; endDate: string; holidays: string[] }) => ({
  startDate: fromCalendarDate(valid.startDate)!,
  endDate: fromCalendarDate(valid.endDate)!,
  holidays: valid.holidays.map((day) => fromCalendarDate(day)!),
});

export const storedDates = (row: { startDate: Date; endDate: Date; holidays: Date[] }) => ({
  startDate: date(row.startDate),
  endDate: date(row.endDate),
  holidays: row.holidays.map(date).sort(),
});

/** A sprint past planning keeps its dates: its days are history (or underway). */
export function requirePlanned(sprint: { name: string; state: string }, what: string): void {
  if (sprint.state !== 'planned') {
    throw new AppError(
      'INVALID_SPRINT_TRANSITION',
      `Cannot ${what}: sprint "${sprint.name}" is ${sprint.state}, and only a planned sprint allows it.`,
    );
  }
}
