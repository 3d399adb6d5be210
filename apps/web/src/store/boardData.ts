import type { Board, Card, CardStats, Column, LabelColors } from '@echoboard/contracts';
import { compareKeys, doneColumnId } from '@echoboard/domain';
import { withoutCardId } from './applyEvent.ts';
import { listHolding, withIdAt } from './dragOrder.ts';

// The board's normalised picture and the pure steps that change it; the board slice adds the
// requests, and the card-extras slice reuses appended and withoutCard to archive and restore.

export interface BoardMeta {
  id: string;
  teamId: string;
  name: string;
  effortScale: number[];
  createdAt: string;
}

/** The board's done column (the domain's rule: its last), where cards count as done; null: no columns. */
export const selectDoneColumnId = (s: Pick<BoardData, 'columnsById'>) => doneColumnId(Object.values(s.columnsById));
/** The done column's name, to say which column counts as done; undefined: no columns. */
export const selectDoneColumnName = (s: Pick<BoardData, 'columnsById'>): string | undefined =>
  s.columnsById[selectDoneColumnId(s) ?? '']?.name;

/** The board, normalised: a card lives once in `cardsById`; order lives in `cardIdsByColumn`. */
export interface BoardData {
  board: BoardMeta | null;
  /** Sequence number of the last board event this picture includes. */
  seq: number;
  columnOrder: string[];
  columnsById: Record<string, Column>;
  cardsById: Record<string, Card>;
  cardIdsByColumn: Record<string, string[]>;
  /** Checklist progress and comment count of the cards that have any. */
  cardStats: Record<string, CardStats>;
  /** Label name → colour name, as the board's lead set them. */
  labelColors: LabelColors;
}

export const emptyBoardData = (): BoardData => ({
  board: null,
  seq: 0,
  columnOrder: [],
  columnsById: {},
  cardsById: {},
  cardIdsByColumn: {},
  cardStats: {},
  labelColors: {},
});

export function normaliseBoard(board: Board): BoardData {
  const data = emptyBoardData();
  data.board = {
    id: board.id,
    teamId: board.teamId,
    name: board.name,
    effortScale: board.effortScale,
    createdAt: board.createdAt,
  };
  data.seq = board.seq;
  data.cardStats = board.cardStats;
  data.labelColors = board.labelColors;
  for (const { cards, ...column } of board.columns) {
    data.columnOrder.push(column.id);
    data.columnsById[column.id] = column;
    data.cardIdsByColumn[column.id] = cards.map((c) => c.id);
    for (const card of cards) data.cardsById[card.id] = card;
  }
  return data;
}

export const pickData = (s: BoardData): BoardData => ({
  board: s.board,
  seq: s.seq,
  columnOrder: s.columnOrder,
  columnsById: s.columnsById,
  cardsById: s.cardsById,
  cardIdsByColumn: s.cardIdsByColumn,
  cardStats: s.cardStats,
  labelColors: s.labelColors,
});

/**
 * A drag's snapshot with the server's newer copies of its cards. A snapshot is taken at pick-up;
 * the answer to an earlier move can arrive during the drag, and restoring or planning from the
 * snapshot's optimistic copy would send that card's old version (409) on its next move.
 */
export function withSavedCards(snapshot: BoardData, now: BoardData): BoardData {
  let cardsById = snapshot.cardsById;
  for (const [id, card] of Object.entries(snapshot.cardsById)) {
    const saved = now.cardsById[id];
    if (saved && saved.version > card.version) {
      if (cardsById === snapshot.cardsById) cardsById = { ...cardsById };
      cardsById[id] = saved;
    }
  }
  return { ...pickData(snapshot), cardsById };
}

/** The column a card sits in according to the current order (which a drag preview may have changed). */
export const columnOfCard = (s: Pick<BoardData, 'cardIdsByColumn'>, cardId: string): string | undefined =>
  listHolding(s.cardIdsByColumn, cardId);

/**
 * The order while a card is dragged to `index` of a column (clamped to it), or null when the card
 * or the column is not on the board. Only the order changes; nothing is saved.
 */
export function previewed(
  s: Pick<BoardData, 'cardIdsByColumn'>,
  cardId: string,
  toColumnId: string,
  index: number,
): Pick<BoardData, 'cardIdsByColumn'> | null {
  const from = columnOfCard(s, cardId);
  if (!from || !s.cardIdsByColumn[toColumnId]) return null;
  return { cardIdsByColumn: withIdAt(s.cardIdsByColumn, from, toColumnId, cardId, index) };
}

/** The board with a card the server put at the end of its column (created, restored). */
export function appended(s: BoardData, card: Card): Partial<BoardData> {
  if (s.board?.id !== card.boardId || !s.cardIdsByColumn[card.columnId]) return {};
  return {
    cardsById: { ...s.cardsById, [card.id]: card },
    cardIdsByColumn: {
      ...s.cardIdsByColumn,
      [card.columnId]: [...(s.cardIdsByColumn[card.columnId] ?? []).filter((id) => id !== card.id), card.id],
    },
  };
}

/** The board without one card (deleted, archived). */
export function withoutCard(s: BoardData, cardId: string): Pick<BoardData, 'cardsById' | 'cardIdsByColumn'> {
  const { [cardId]: _removed, ...cardsById } = s.cardsById;
  return { cardsById, cardIdsByColumn: withoutCardId(s.cardIdsByColumn, cardId) };
}

export function sortColumns(order: string[], columnsById: Record<string, Column>): string[] {
  return [...order].sort((a, b) => compareKeys(columnsById[a]?.rank ?? '', columnsById[b]?.rank ?? ''));
}

/** The board without a deleted column: its cards go to the end of `moveCardsTo`, or are gone with it. */
export function withoutColumn(
  s: BoardData,
  columnId: string,
  moveCardsTo?: string,
): Pick<BoardData, 'columnsById' | 'cardIdsByColumn' | 'cardsById' | 'columnOrder'> {
  const { [columnId]: _gone, ...columnsById } = s.columnsById;
  const { [columnId]: removedIds = [], ...cardIdsByColumn } = s.cardIdsByColumn;
  const cardsById = { ...s.cardsById };
  const target = moveCardsTo ? cardIdsByColumn[moveCardsTo] : undefined;
  if (moveCardsTo && target) {
    // The server appended them at the bottom, in their order; mirror that.
    cardIdsByColumn[moveCardsTo] = [...target, ...removedIds];
    for (const id of removedIds) {
      const card = cardsById[id];
      if (card) cardsById[id] = { ...card, columnId: moveCardsTo };
    }
  } else {
    for (const id of removedIds) delete cardsById[id];
  }
  return { columnsById, cardIdsByColumn, cardsById, columnOrder: s.columnOrder.filter((id) => id !== columnId) };
}
