import type { BoardEvent, Card } from '@echoboard/contracts';
import { compareKeys } from '@echoboard/domain';
import type { BoardData } from './boardData.ts';

/**
 * Inserts a card id into a column list at its rank; the list is kept in rank order. A list that
 * already has the card at that place is returned as it is, so the echo of my own move changes nothing.
 */
function insertByRank(ids: string[], card: Card, cardsById: Record<string, Card>): string[] {
  const without = ids.filter((id) => id !== card.id);
  const found = without.findIndex((id) => compareKeys(card.rank, cardsById[id]?.rank ?? '') < 0);
  const at = found === -1 ? without.length : found;
  if (ids.length === without.length + 1 && ids[at] === card.id) return ids;
  without.splice(at, 0, card.id);
  return without;
}

/**
 * The lists without the card. Lists that never held it keep their identity: a column re-renders,
 * with all its sortable cards, only when its list is a new array.
 */
export function withoutCardId(cardIdsByColumn: Record<string, string[]>, cardId: string) {
  const next: Record<string, string[]> = {};
  for (const [columnId, ids] of Object.entries(cardIdsByColumn))
    next[columnId] = ids.includes(cardId) ? ids.filter((id) => id !== cardId) : ids;
  return next;
}

/**
 * Applies one server event to the normalised board. Events carry whole rows, so applying one is
 * idempotent and a stream replayed in seq order reproduces the server's board.
 */
export function applyBoardEvent(data: BoardData, event: BoardEvent): BoardData {
  switch (event.type) {
    case 'card.upserted': {
      const { card } = event;
      if (!data.cardIdsByColumn[card.columnId]) return data;
      const cardsById = { ...data.cardsById, [card.id]: card };
      const cardIdsByColumn = withoutCardId(data.cardIdsByColumn, card.id);
      cardIdsByColumn[card.columnId] = insertByRank(data.cardIdsByColumn[card.columnId] ?? [], card, cardsById);
      return { ...data, cardsById, cardIdsByColumn };
    }
    case 'card.deleted': {
      const { [event.cardId]: _gone, ...cardsById } = data.cardsById;
      return { ...data, cardsById, cardIdsByColumn: withoutCardId(data.cardIdsByColumn, event.cardId) };
    }
    case 'column.upserted': {
      const { column } = event;
      const columnsById = { ...data.columnsById, [column.id]: column };
      const columnOrder = [...data.columnOrder.filter((id) => id !== column.id), column.id].sort((a, b) =>
        compareKeys(columnsById[a]?.rank ?? '', columnsById[b]?.rank ?? ''),
      );
      const cardIdsByColumn = data.cardIdsByColumn[column.id]
        ? data.cardIdsByColumn
        : { ...data.cardIdsByColumn, [column.id]: [] };
      return { ...data, columnsById, columnOrder, cardIdsByColumn };
    }
    case 'column.deleted': {
      const { [event.columnId]: _column, ...columnsById } = data.columnsById;
      const { [event.columnId]: removed = [], ...cardIdsByColumn } = data.cardIdsByColumn;
      const cardsById = { ...data.cardsById };
      // Cards moved elsewhere arrived as their own events before this one; anything left went with it.
      for (const id of removed) delete cardsById[id];
      return {
        ...data,
        columnsById,
        cardIdsByColumn,
        cardsById,
        columnOrder: data.columnOrder.filter((id) => id !== event.columnId),
      };
    }
    case 'card.stats':
      return { ...data, cardStats: { ...data.cardStats, [event.cardId]: event.stats } };
    case 'labels.updated':
      return { ...data, labelColors: event.labelColors };
    case 'board.updated':
      return data.board ? { ...data, board: { ...data.board, name: event.name } } : data;
    case 'board.deleted':
    case 'board.imported':
    case 'sprint.updated':
    case 'sprint.deleted':
    case 'plan.upserted':
    case 'plan.removed':
      // Not part of the normalised board: the live slice hands these to the sprint slice (sprint
      // header) and the planning slice (applyPlanEvent.ts).
      return data;
    case 'scrum.updated':
      // The daily scrum has its own slice (scrumSlice), fed by useBoardLive.
      return data;
  }
}
