import type { Tx } from '../../db/transaction.ts';
import type { Card as PrismaCard } from '../../generated/prisma/client.ts';
import { type Actor, type NewEvent, recordEvents } from '../events/record.ts';
import type { CardList } from './lists.ts';

/*
 * Live planning rides on the boards' own event streams. A planned sprint's plan is shown only on
 * its board's planning page, so its changes go to that board. The backlog belongs to the team and
 * every board's planning page shows it, so a backlog change is recorded on every board of the team
 * (teams are small and have few boards): each viewer then gets whole card rows in its board's seq
 * order, applies them without a round trip, holds them during a drag and reloads on a gap, exactly
 * as on the board. A coarse "backlog changed, re-read it" event would cost every viewer a read of
 * the whole backlog per estimate or reorder, and could not be held meaningfully mid-drag.
 *
 * Lock order: a planning write locks the team's boards (in id order) before the sprint, the
 * backlog (team row) and the cards it writes, the order sprint writes already take (board, then
 * sprint, then backlog). Recording the events later only bumps rows this transaction holds.
 */

/** Locks every board of the team, in id order, and returns their ids. */
export async function lockTeamBoards(tx: Tx, teamId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM boards WHERE team_id = ${teamId}::uuid ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}

/** Whether a card is in the team's backlog, or a planned sprint's id when it is in that plan. */
export type PlanPlace = { kind: 'backlog' } | { kind: 'plan'; sprintId: string } | { kind: 'elsewhere' };

/** Where a card row sits among the planning page's lists (on a board, archived or done: elsewhere). */
export async function placeOf(
  tx: Tx,
  card: Pick<PrismaCard, 'boardId' | 'sprintId' | 'archivedAt'>,
): Promise<PlanPlace> {
  if (card.boardId !== null || card.archivedAt !== null) return { kind: 'elsewhere' };
  if (card.sprintId === null) return { kind: 'backlog' };
  const sprint = await tx.sprint.findUnique({ where: { id: card.sprintId }, select: { state: true } });
  return sprint?.state === 'planned' ? { kind: 'plan', sprintId: card.sprintId } : { kind: 'elsewhere' };
}

export const placeOfList = (list: CardList): PlanPlace =>
  list.kind === 'backlog' ? { kind: 'backlog' } : { kind: 'plan', sprintId: list.sprintId };

/** The boards whose planning pages show any of these places, in id order. */
export async function boardsShowing(tx: Tx, teamId: string, places: PlanPlace[]): Promise<string[]> {
  if (places.some((place) => place.kind === 'backlog')) {
    const boards = await tx.board.findMany({ where: { teamId }, select: { id: true }, orderBy: { id: 'asc' } });
    return boards.map((board) => board.id);
  }
  const sprintIds = places.flatMap((place) => (place.kind === 'plan' ? [place.sprintId] : []));
  if (sprintIds.length === 0) return [];
  const sprints = await tx.sprint.findMany({ where: { id: { in: sprintIds } }, select: { boardId: true } });
  return [...new Set(sprints.map((sprint) => sprint.boardId))].sort();
}

/** Records the same planning events on each of the boards (see the note at the top). */
export async function recordPlanEvents(tx: Tx, boardIds: string[], actor: Actor, events: NewEvent[]): Promise<void> {
  for (const boardId of boardIds) await recordEvents(tx, boardId, actor, events);
}
