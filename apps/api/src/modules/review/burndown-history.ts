import type { BoardEvent } from '@echoboard/contracts';
import type { BurndownCardState, BurndownChange } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import { todayIn } from '../sprints/today.ts';

type Client = Database['prisma'] | Tx;

/** What the burndown is computed from: the sprint's cards when it started, then each change. */
export interface BurndownHistory {
  initial: BurndownCardState[];
  changes: BurndownChange[];
}

/**
 * The burndown's input, replayed from the board's event history: every card event carries the
 * whole card, so the state of each sprint card is known after every change. Events of one
 * transaction share created_at (PostgreSQL's now()), which lets us cut exactly at the start and
 * completion transactions: the start's card events are the initial scope (starting puts an event
 * for every card of the sprint in it); the completion's, which take cards off the board, are not
 * burndown. The history is trimmed, but never from an active sprint's start (record.ts), and a
 * completed sprint keeps its burndown in its record (storedBurndown). Null when the history no
 * longer holds the sprint's start.
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
  const cards = new Map<string, BurndownCardState>();
  const changes: BurndownChange[] = [];
  let initial: BurndownCardState[] | null = null;
  for (const row of events) {
    if (initial === null && row.createdAt > startedAt) initial = inScope(cards);
    const event = row.payload as BoardEvent;
    const before = event.type === 'card.deleted' ? cards.get(event.cardId) : undefined;
    const state: BurndownCardState | null =
      event.type === 'card.upserted'
        ? {
            cardId: event.card.id,
            points: event.card.effort ?? 0,
            inScope: event.card.sprintId === sprint.id,
            done: event.card.columnId === sprint.doneColumnId,
          }
        : before
          ? { ...before, inScope: false }
          : null;
    if (!state) continue;
    const wasInScope = cards.get(state.cardId)?.inScope ?? false;
    cards.set(state.cardId, state);
    if (initial !== null && (wasInScope || state.inScope)) {
      changes.push({ ...state, date: todayIn(sprint.timeZone, row.createdAt) });
    }
  }
  return { initial: initial ?? inScope(cards), changes };
}

const inScope = (cards: ReadonlyMap<string, BurndownCardState>) => [...cards.values()].filter((card) => card.inScope);

/**
 * The burndown history a completed sprint's record keeps (complete-sprint.ts stores it there when
 * the sprint completes); null for a record from before it did.
 */
export function storedBurndown(record: unknown): BurndownHistory | null {
  if (record === null || typeof record !== 'object' || !('burndown' in record)) return null;
  const stored = record.burndown as BurndownHistory | null;
  return stored && Array.isArray(stored.initial) && Array.isArray(stored.changes) ? stored : null;
}
