import type { Board, Card, Column, CreateCardBody, UpdateCardBody, UpdateColumnBody } from '@echoboard/contracts';
import { newColumnAfter, planMove } from '@echoboard/domain';
import type { StateCreator } from 'zustand';
import * as boardsApi from '../api/boards.ts';
import * as cardsApi from '../api/cards.ts';
import { ApiError, describeError } from '../api/client.ts';
import * as columnsApi from '../api/columns.ts';
import {
  appended,
  type BoardData,
  emptyBoardData,
  normaliseBoard,
  pickData,
  previewed,
  sortColumns,
  withoutCard,
  withoutColumn,
  withSavedCards,
} from './boardData.ts';
import type { AppState } from './index.ts';

/** Where a card should go; the same shape the domain rule and the move endpoint take. */
export interface MoveCommand {
  cardId: string;
  toColumnId: string;
  afterCardId?: string | null;
  beforeCardId?: string | null;
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface BoardSlice extends BoardData {
  status: LoadStatus;
  loadError: string | null;
  loadBoard: (boardId: string) => Promise<void>;
  /** Re-reads the open board without a loading state, to resync after a refused change. */
  refresh: () => Promise<void>;
  setBoard: (board: Board) => void;
  snapshot: () => BoardData;
  restore: (snapshot: BoardData) => void;
  /** Shows a card at a new place while it is being dragged; nothing is saved. */
  previewMove: (cardId: string, toColumnId: string, index: number) => void;
  /** Optimistic move: applies the domain rule at once, saves, rolls back and says why on failure. */
  moveCard: (command: MoveCommand, options?: { snapshot?: BoardData }) => Promise<boolean>;
  createCard: (input: CreateCardBody) => Promise<Card>;
  /**
   * Saves an edit made to the card at `version`: the version the person's form was filled from,
   * not the board's latest copy, so a newer save by someone else is refused, not overwritten.
   */
  updateCard: (cardId: string, patch: Omit<UpdateCardBody, 'version'>, version: number) => Promise<Card>;
  /** Deletes the card; with `version`, only that version (409 when someone changed it since). */
  deleteCard: (cardId: string, version?: number) => Promise<void>;
  /** Adds a column just before the done column (the last), so that one stays the done column. */
  createColumn: (name: string, wipLimit: number | null) => Promise<Column>;
  updateColumn: (columnId: string, patch: Omit<UpdateColumnBody, 'afterColumnId'>) => Promise<Column>;
  moveColumn: (columnId: string, direction: -1 | 1) => Promise<void>;
  deleteColumn: (columnId: string, moveCardsTo?: string) => Promise<void>;
}

/** Name of the performance mark set when a move's saved card replaces its optimistic copy. */
export const MOVE_SAVED_MARK = 'echoboard:move-saved';

/**
 * Marks the moment a move stops being optimistic, for the drop-to-settle benchmark
 * (apps/web/bench/drop-settle.ts). Only the latest mark is kept, so a long session holds one entry.
 */
function markMoveSaved(cardId: string) {
  performance.clearMarks(MOVE_SAVED_MARK);
  performance.mark(MOVE_SAVED_MARK, { detail: cardId });
}

let loadToken = 0;

export const createBoardSlice: StateCreator<AppState, [], [], BoardSlice> = (set, get) => ({
  ...emptyBoardData(),
  status: 'idle',
  loadError: null,

  loadBoard: async (boardId) => {
    const token = ++loadToken;
    set({ status: 'loading', loadError: null });
    try {
      const board = await boardsApi.getBoard(boardId);
      if (token !== loadToken) return;
      set({ ...normaliseBoard(board), status: 'ready', loadError: null });
    } catch (e) {
      if (token !== loadToken) return;
      set({ ...emptyBoardData(), status: 'error', loadError: describeError(e) });
    }
  },

  refresh: async () => {
    const boardId = get().board?.id;
    if (!boardId) return;
    const token = ++loadToken;
    try {
      const board = await boardsApi.getBoard(boardId);
      if (token !== loadToken || get().board?.id !== boardId) return;
      // The live stream may already have taken us past this read; an older picture would undo it.
      if (board.seq < get().seq) return;
      set(normaliseBoard(board));
    } catch {
      // The notice about the original failure is already showing; keep what we have.
    }
  },

  setBoard: (board) => set({ ...normaliseBoard(board), status: 'ready', loadError: null }),

  snapshot: () => pickData(get()),
  restore: (snapshot) => set(withSavedCards(snapshot, get())),

  previewMove: (cardId, toColumnId, index) => set((s) => previewed(s, cardId, toColumnId, index) ?? s),

  moveCard: async (command, options = {}) => {
    const base = options.snapshot ? withSavedCards(options.snapshot, get()) : pickData(get());
    const card = base.cardsById[command.cardId];
    if (!card) return false;
    const plan = planMove(Object.values(base.cardsById), command);
    if (!plan.ok) {
      set(pickData(base));
      get().pushNotice(plan.error.message);
      return false;
    }
    const { fromColumnId, toColumnId, rank, order, rebalance } = plan.value;
    const unchanged = fromColumnId === toColumnId && (base.cardIdsByColumn[toColumnId] ?? []).join() === order.join();
    if (unchanged) {
      set(pickData(base));
      return true;
    }
    const cardIdsByColumn = { ...base.cardIdsByColumn, [toColumnId]: order };
    if (fromColumnId !== toColumnId) {
      cardIdsByColumn[fromColumnId] = (base.cardIdsByColumn[fromColumnId] ?? []).filter((id) => id !== card.id);
    }
    set({
      ...pickData(base),
      cardsById: { ...base.cardsById, [card.id]: { ...card, columnId: toColumnId, rank } },
      cardIdsByColumn,
    });

    get().noteMyMove(card.id);
    const afterCardId = command.afterCardId ?? null;
    const beforeCardId = command.beforeCardId ?? null;
    try {
      const saved = await cardsApi.moveCard(card.id, {
        toColumnId,
        ...(command.afterCardId !== undefined ? { afterCardId } : {}),
        ...(command.beforeCardId !== undefined ? { beforeCardId } : {}),
        version: card.version,
      });
      set((s) => (s.cardsById[saved.id] ? { cardsById: { ...s.cardsById, [saved.id]: saved } } : s));
      markMoveSaved(saved.id);
      // A rebalance rewrote every rank of the column on the server; fetch them so later moves plan right.
      if (rebalance || saved.rank !== rank) void get().refresh();
      return true;
    } catch (e) {
      set(pickData(base));
      const title = card.title.length > 60 ? `${card.title.slice(0, 57)}…` : card.title;
      get().pushNotice(`“${title}” was put back: ${describeError(e)}`);
      // The server refused because our picture of the board is out of date; show the real one.
      if (e instanceof ApiError && e.status !== 0) void get().refresh();
      return false;
    }
  },

  createCard: async (input) => {
    const boardId = get().board?.id;
    if (!boardId) throw new Error('No board is open.');
    const card = await cardsApi.createCard(boardId, input);
    set((s) => appended(s, card));
    return card;
  },

  updateCard: async (cardId, patch, version) => {
    if (!get().cardsById[cardId]) throw new Error('This card is no longer on the board.');
    const saved = await takingConflicts(set, cardId, () => cardsApi.updateCard(cardId, { ...patch, version }));
    set((s) => ({ cardsById: { ...s.cardsById, [saved.id]: saved } }));
    return saved;
  },

  deleteCard: async (cardId, version) => {
    await takingConflicts(set, cardId, () => cardsApi.deleteCard(cardId, version));
    set((s) => withoutCard(s, cardId));
  },

  createColumn: async (name, wipLimit) => {
    const boardId = get().board?.id;
    if (!boardId) throw new Error('No board is open.');
    // Before the done column (the domain's newColumnAfter): after it, the new column would become
    // the done column and quietly make the finished cards count as not done.
    const afterColumnId = newColumnAfter(Object.values(get().columnsById));
    const column = await columnsApi.createColumn(boardId, {
      name,
      ...(afterColumnId !== undefined ? { afterColumnId } : {}),
      ...(wipLimit !== null ? { wipLimit } : {}),
    });
    set((s) => ({
      columnsById: { ...s.columnsById, [column.id]: column },
      columnOrder: sortColumns([...s.columnOrder.filter((id) => id !== column.id), column.id], {
        ...s.columnsById,
        [column.id]: column,
      }),
      cardIdsByColumn: { ...s.cardIdsByColumn, [column.id]: s.cardIdsByColumn[column.id] ?? [] },
    }));
    return column;
  },

  updateColumn: async (columnId, patch) => {
    const column = await columnsApi.updateColumn(columnId, patch);
    set((s) => ({ columnsById: { ...s.columnsById, [column.id]: column } }));
    return column;
  },

  moveColumn: async (columnId, direction) => {
    const order = get().columnOrder;
    const index = order.indexOf(columnId);
    const target = index + direction;
    if (index === -1 || target < 0 || target >= order.length) return;
    const without = order.filter((id) => id !== columnId);
    // The column goes right after the one that will precede it; null means first.
    const afterColumnId = target === 0 ? null : (without[target - 1] ?? null);
    const column = await columnsApi.updateColumn(columnId, { afterColumnId });
    set((s) => {
      const columnsById = { ...s.columnsById, [column.id]: column };
      return { columnsById, columnOrder: sortColumns(s.columnOrder, columnsById) };
    });
  },

  deleteColumn: async (columnId, moveCardsTo) => {
    await columnsApi.deleteColumn(columnId, moveCardsTo);
    set((s) => withoutColumn(s, columnId, moveCardsTo));
    // Moved cards got fresh ranks on the server; read them so later moves plan against the truth.
    if (moveCardsTo) await get().refresh();
  },
});

/**
 * Runs a write guarded by a card's version. When someone else saved first (409), the board shows
 * their version, the conflict's current card, which the editor puts the person's changes on.
 */
export async function takingConflicts<T>(
  set: (update: (s: AppState) => Partial<AppState>) => void,
  cardId: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (e instanceof ApiError && e.code === 'VERSION_CONFLICT' && isCard(e.current) && e.current.id === cardId) {
      const current = e.current;
      set((s) => ({ cardsById: { ...s.cardsById, [current.id]: current } }));
    }
    throw e;
  }
}

function isCard(v: unknown): v is Card {
  return typeof v === 'object' && v !== null && 'id' in v && 'version' in v && 'columnId' in v;
}
