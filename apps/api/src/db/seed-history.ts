import type { Card } from '@echoboard/contracts';
import { keysBetween } from '@echoboard/domain';
import { loadBoard } from '../modules/boards/boards.service.ts';
import { type Actor, type NewEvent, recordEvents } from '../modules/events/record.ts';
import type { Tx } from './transaction.ts';

/** A card the demo team moved during the running sprint, into the column it is in now. */
export interface DemoMove {
  cardId: string;
  fromColumnId: string;
  at: Date;
  actor: Actor;
}

/**
 * Writes the demo board's history as it would have happened: the board as it stood when the
 * running sprint started (startedAt), with the sprints' events, then each move on its day. So
 * replaying the events from 0 yields this very board, and the sprint's burndown has its days.
 */
export async function recordDemoHistory(
  tx: Tx,
  options: { boardId: string; startedAt: Date; sprintEvents: NewEvent[]; moves: DemoMove[] },
) {
  const { boardId, startedAt, moves } = options;
  await tx.card.updateMany({ where: { boardId }, data: { columnEnteredAt: startedAt } });
  for (const move of moves) {
    await tx.card.update({ where: { id: move.cardId }, data: { columnEnteredAt: move.at, version: { increment: 1 } } });
  }
  const board = await loadBoard(tx, boardId);
  // A moved card started the sprint at the bottom of the column it came from.
  const placeAtStart = new Map<string, { columnId: string; rank: string }>();
  for (const column of board.columns) {
    const from = moves.filter((move) => move.fromColumnId === column.id);
    const ranks = keysBetween(column.cards.at(-1)?.rank ?? null, null, from.length);
    for (const [i, move] of from.entries()) placeAtStart.set(move.cardId, { columnId: column.id, rank: ranks[i]! });
  }
  const atStart = (card: Card): Card => {
    const place = placeAtStart.get(card.id);
    return place ? { ...card, ...place, version: card.version - 1, columnEnteredAt: startedAt.toISOString() } : card;
  };
  const cards = board.columns.flatMap((column) => column.cards);
  await recordEvents(
    tx,
    boardId,
    null,
    [
      ...board.columns.map(({ cards: _cards, ...column }) => ({ type: 'column.upserted' as const, column })),
      ...cards.map((card) => ({ type: 'card.upserted' as const, action: 'created' as const, card: atStart(card) })),
      ...options.sprintEvents,
    ],
    { at: startedAt },
  );
  for (const move of [...moves].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const card = cards.find((c) => c.id === move.cardId)!;
    await recordEvents(tx, boardId, move.actor, [{ type: 'card.upserted', action: 'moved', card }], { at: move.at });
  }
}
