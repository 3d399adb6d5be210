import type { BoardEvent } from '@echoboard/contracts';
import type { BurndownCardState, BurndownChange } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { todayIn } from '../sprints/today.ts';

/**
 * The burndown's input, replayed from the board's event history: every card event carries the
 * whole card, so the state of each sprint card is known after every change. Events of one
 * transaction share created_at (PostgreSQL's now()), which lets us cut exactly at the start and
 * completion transactions: the start's card events are the initial scope; the completion's, which
 * take cards off the board, are not burndown.
 */
export async function burndownHistory(
  db: Database,
  /** doneColumnId: the board's done column (cards there count as done). */
  sprint: { id: string; boardId: string; timeZone: string; doneColumnId: string | null },
): Promise<{ initial: BurndownCardState[]; changes: BurndownChange[] } | null> {
  const events = await db.prisma.boardEvent.findMany({
    where: { boardId: sprint.boardId },
    orderBy: { seq: 'asc' },
    select: { payload: true, createdAt: true },
  });
  const marks = (state: string) =>
    events.find((row) => {
      const event = row.payload as BoardEvent;
      return event.type === 'sprint.updated' && event.sprint.id === sprint.id && event.sprint.state === state;
    })?.createdAt;
  const startedAt = marks('active');
  if (!startedAt) return null;
  const completedAt = marks('completed');
  const cards = new Map<string, BurndownCardState>();
  const changes: BurndownChange[] = [];
  let initial: BurndownCardState[] | null = null;
  for (const row of events) {
    if (completedAt && row.createdAt >= completedAt) break;
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
