import type { BoardEvent, Card, Column } from '@echoboard/contracts';

/** What a client holds after applying events: the state a board view renders. */
export interface Replayed {
  name: string | null;
  deleted: boolean;
  seq: number;
  columns: Map<string, Column>;
  cards: Map<string, Card>;
}

export const emptyModel = (): Replayed => ({
  name: null,
  deleted: false,
  seq: 0,
  columns: new Map(),
  cards: new Map(),
});

const byRank = (a: { rank: string }, b: { rank: string }) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0);

/** Applies events in order, as a client would; refuses a gap or a repeat (the server must not send one). */
export function apply(model: Replayed, events: BoardEvent[]): Replayed {
  for (const event of events) {
    if (event.seq !== model.seq + 1) throw new Error(`expected seq ${model.seq + 1}, got ${event.seq}`);
    model.seq = event.seq;
    switch (event.type) {
      case 'card.upserted':
        model.cards.set(event.card.id, event.card);
        break;
      case 'card.deleted':
        model.cards.delete(event.cardId);
        break;
      case 'column.upserted':
        model.columns.set(event.column.id, event.column);
        break;
      case 'column.deleted':
        model.columns.delete(event.columnId);
        break;
      case 'board.updated':
        model.name = event.name;
        break;
      case 'board.deleted':
        model.deleted = true;
        break;
    }
  }
  return model;
}

/** Column ids in order, each with its card ids in order: comparable with a loaded board. */
export function orderOf(model: Replayed): { id: string; cards: string[] }[] {
  return [...model.columns.values()].sort(byRank).map((column) => ({
    id: column.id,
    cards: [...model.cards.values()]
      .filter((card) => card.columnId === column.id)
      .sort(byRank)
      .map((card) => card.id),
  }));
}

export const boardOrder = (board: { columns: { id: string; cards: { id: string }[] }[] }) =>
  board.columns.map((column) => ({ id: column.id, cards: column.cards.map((card) => card.id) }));

/** A client's model right after loading the board: it then applies events after board.seq. */
export function modelOf(board: { name: string; seq: number; columns: (Column & { cards: Card[] })[] }): Replayed {
  const model = emptyModel();
  model.name = board.name;
  model.seq = board.seq;
  for (const { cards, ...column } of board.columns) {
    model.columns.set(column.id, column);
    for (const card of cards) model.cards.set(card.id, card);
  }
  return model;
}
