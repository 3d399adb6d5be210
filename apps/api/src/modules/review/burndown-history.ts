import type { BoardEvent } from '@echoboard/contracts';
import { type BurndownHistory, type BurndownStep, type DatedBurndownStep, replayBurndown } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import { todayIn } from '../sprints/today.ts';

type Client = Database['prisma'] | Tx;

/**
 * The burndown's input, replayed from the board's event history: every card event carries the
 * whole card, so the state of each sprint card is known after every change. Events of one
 * transaction share created_at (PostgreSQL's now()), which lets us cut exactly at the start and
 * completion transactions: the start's events are the board's columns and the initial scope
 * (starting puts an event for every column and every card of the sprint in it); the completion's,
 * which take cards off the board, are not burndown. The domain's replayBurndown turns the events
 * between into the burndown's input (a card is done in the done column of the moment). The
 * history is trimmed, but never from an active sprint's start (record.ts), and a
 * completed sprint keeps its burndown history (storedBurndown). Null when the history no longer
 * holds the sprint's start.
 */
export async function burndownHistory(
  client: Client,
  /** doneColumnId: the board's done column (cards there count as done). */
  sprint: { id: string; boardId: string; timeZone: string; doneColumnId: string | null },
): Promise<BurndownHistory | null> {
  const marks = await client.boardEvent.findMany({
    where: { boardId: sprint.boardId, type: 'sprint.updated' },
    orderBy: { seq: 'asc' },
    select: { payload: true, createdAt: true },
  });
  const mark = (state: string) =>
    marks.find((row) => {
      const event = row.payload as BoardEvent;
      return event.type === 'sprint.updated' && event.sprint.id === sprint.id && event.sprint.state === state;
    })?.createdAt;
  const startedAt = mark('active');
  if (!startedAt) return null;
  const completedAt = mark('completed');
  const events = await client.boardEvent.findMany({
    where: { boardId: sprint.boardId, createdAt: { gte: startedAt, ...(completedAt && { lt: completedAt }) } },
    orderBy: { seq: 'asc' },
    select: { payload: true, createdAt: true },
  });
  // The start's events come first; the first event of a later transaction begins the changes.
  let atStart = true;
  const steps = events.flatMap((row): DatedBurndownStep[] => {
    if (atStart && row.createdAt > startedAt) atStart = false;
    const date = todayIn(sprint.timeZone, row.createdAt);
    return stepsOf(row.payload as BoardEvent, sprint.id).map((step) => ({ step, date, atStart }));
  });
  return replayBurndown(steps, { doneColumnId: sprint.doneColumnId });
}

/** What an event says happened to the sprint's cards and the board's columns. */
function stepsOf(event: BoardEvent, sprintId: string): BurndownStep[] {
  const card = (c: { id: string; columnId: string; effort: number | null }, inSprint: boolean): BurndownStep => ({
    kind: 'card',
    cardId: c.id,
    columnId: c.columnId,
    points: c.effort ?? 0,
    inSprint,
  });
  switch (event.type) {
    case 'card.upserted':
      return [card(event.card, event.card.sprintId === sprintId)];
    case 'board.imported':
      // An import adds its cards with one event; those it put in the running sprint are listed.
      return (event.sprintCards ?? []).map((c) => card(c, true));
    case 'card.deleted':
      return [{ kind: 'card-gone', cardId: event.cardId }];
    case 'column.upserted':
      return [{ kind: 'column', column: event.column }];
    case 'column.deleted':
      return [{ kind: 'column-gone', columnId: event.columnId }];
    default:
      return [];
  }
}

/**
 * The burndown history a completed sprint keeps (complete-sprint.ts stores it when the sprint
 * completes); null for a sprint completed before it did.
 */
export function storedBurndown(json: unknown): BurndownHistory | null {
  if (json === null || typeof json !== 'object') return null;
  const stored = json as BurndownHistory;
  return Array.isArray(stored.initial) && Array.isArray(stored.changes) ? stored : null;
}
