import type { BoardEvent } from '@echoboard/contracts';
import { type BurndownCardState, type BurndownChange, doneColumnId } from '@echoboard/domain';
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
 * completion transactions: the start's events are the board's columns and the initial scope
 * (starting puts an event for every column and every card of the sprint in it); the completion's,
 * which take cards off the board, are not burndown. A card counts as done in the done column of
 * the moment, so adding a column after the done column changes the days from then on, not
 * before. The history is trimmed, but never from an active sprint's start (record.ts), and a
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
  const cards = new Map<string, BurndownCardState>();
  const columnOf = new Map<string, string>();
  // The columns as they stood, from the start's column events: a card is done in the last one at
  // that moment. Sprints started before starts recorded the columns go by today's done column.
  const columns = new Map<string, { id: string; rank: string }>();
  let tracksColumns = false;
  let doneId = sprint.doneColumnId;
  const changes: BurndownChange[] = [];
  let initial: BurndownCardState[] | null = null;
  const note = (state: BurndownCardState, at: Date) => {
    const wasInScope = cards.get(state.cardId)?.inScope ?? false;
    cards.set(state.cardId, state);
    if (initial !== null && (wasInScope || state.inScope)) {
      changes.push({ ...state, date: todayIn(sprint.timeZone, at) });
    }
  };
  /** A card as an event shows it, in the sprint (sprintId) or not. */
  const arrived = (
    card: { id: string; columnId: string; effort: number | null },
    sprintId: string | null,
    at: Date,
  ) => {
    columnOf.set(card.id, card.columnId);
    note(
      { cardId: card.id, points: card.effort ?? 0, inScope: sprintId === sprint.id, done: card.columnId === doneId },
      at,
    );
  };
  for (const row of events) {
    if (initial === null && row.createdAt > startedAt) initial = inScope(cards);
    const event = row.payload as BoardEvent;
    if (event.type === 'column.upserted' || event.type === 'column.deleted') {
      if (initial === null) tracksColumns = true;
      if (!tracksColumns) continue;
      if (event.type === 'column.upserted') columns.set(event.column.id, event.column);
      else columns.delete(event.columnId);
      const next = doneColumnId([...columns.values()]);
      if (next === doneId) continue;
      doneId = next;
      for (const card of [...cards.values()]) {
        const done = columnOf.get(card.cardId) === doneId;
        if (card.done !== done) note({ ...card, done }, row.createdAt);
      }
      continue;
    }
    if (event.type === 'card.upserted') {
      arrived(event.card, event.card.sprintId, row.createdAt);
    } else if (event.type === 'board.imported') {
      // An import adds its cards with one event; those it put in the running sprint are listed.
      for (const card of event.sprintCards ?? []) arrived(card, sprint.id, row.createdAt);
    } else if (event.type === 'card.deleted') {
      const before = cards.get(event.cardId);
      if (before) note({ ...before, inScope: false }, row.createdAt);
    }
  }
  return { initial: initial ?? inScope(cards), changes };
}

const inScope = (cards: ReadonlyMap<string, BurndownCardState>) => [...cards.values()].filter((card) => card.inScope);

/**
 * The burndown history a completed sprint keeps (complete-sprint.ts stores it when the sprint
 * completes); null for a sprint completed before it did.
 */
export function storedBurndown(json: unknown): BurndownHistory | null {
  if (json === null || typeof json !== 'object') return null;
  const stored = json as BurndownHistory;
  return Array.isArray(stored.initial) && Array.isArray(stored.changes) ? stored : null;
}
