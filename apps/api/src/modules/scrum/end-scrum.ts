import type { BoardEvent, ScrumSummary } from '@echoboard/contracts';
import { summarizeScrum } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { lockRunningScrum, speakersOf, toScrum } from './scrum-view.ts';

type Upserted = Extract<BoardEvent, { type: 'card.upserted' }>;

/**
 * Moves recorded during the scrum, read from the board's history, each at the time its card
 * entered its column. A move that rebalances a column re-sends its neighbours as "reordered"; in
 * history recorded before that action existed they came as "moved", but they kept their column
 * (entered before the scrum), so summarizeScrum's window leaves them out.
 */
async function movesDuring(tx: Tx, boardId: string, start: Date, end: Date) {
  const rows = await tx.boardEvent.findMany({
    where: { boardId, type: 'card.upserted', createdAt: { gte: start, lte: end } },
    orderBy: { seq: 'asc' },
    select: { payload: true },
  });
  return rows
    .map((row) => row.payload as unknown as Upserted)
    .filter((e) => e.action === 'moved')
    .map((e) => ({ cardId: e.card.id, at: e.card.columnEnteredAt, title: e.card.title }));
}

/** Ends the running scrum and keeps its summary for the sprint review. */
export async function endScrum(db: Database, options: { boardId: string; actor: Actor }) {
  const { boardId, actor } = options;
  return inTransaction(db, async (tx) => {
    const row = await lockRunningScrum(tx, boardId);
    const endedAt = new Date();
    const blockedCards = await tx.card.findMany({
      where: { boardId, blockedReason: { not: null }, archivedAt: null },
      orderBy: [{ blockedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, blockedReason: true },
    });
    const moves = await movesDuring(tx, boardId, row.startedAt, endedAt);
    const summary = summarizeScrum({
      startedAt: row.startedAt.getTime(),
      endedAt: endedAt.getTime(),
      speakers: speakersOf(row),
      blockedCards: blockedCards.map((card) => ({ cardId: card.id, reason: card.blockedReason ?? '' })),
      moves,
    });
    // Later titles win: the summary names a card as it was when the scrum ended.
    const cardTitles = Object.fromEntries([
      ...moves.map((m) => [m.cardId, m.title]),
      ...blockedCards.map((c) => [c.id, c.title]),
    ]);
    const stored: ScrumSummary = { ...summary, cardTitles };
    const updated = await tx.scrum.update({ where: { id: row.id }, data: { endedAt, summary: stored } });
    const scrum = await toScrum(tx, updated);
    const [event] = await recordEvents(tx, boardId, actor, [{ type: 'scrum.updated', scrum }]);
    return { scrum, seq: event?.seq ?? 0 };
  });
}
