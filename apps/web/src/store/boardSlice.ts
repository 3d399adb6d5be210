import type {
  Board,
  Card,
  CardStats,
  Column,
  CreateCardBody,
  LabelColors,
  UpdateCardBody,
  UpdateColumnBody,
} from '@echoboard/contracts';
import { compareKeys, planMove } from '@echoboard/domain';
import type { StateCreator } from 'zustand';
import * as boardsApi from '../api/boards.ts';
import * as cardsApi from '../api/cards.ts';
import { ApiError, describeError } from '../api/client.ts';
import * as columnsApi from '../api/columns.ts';
import { withoutCardId } from './applyEvent.ts';
import type { AppState } from './index.ts';

export interface BoardMeta {
  id: string;
  teamId: string;
  name: string;
  effortScale: number[];
  createdAt: string;
}

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
  updateCard: (cardId: string, patch: Omit<UpdateCardBody, 'version'>) => Promise<Card>;
  deleteCard: (cardId: string) => Promise<void>;
  createColumn: (name: string, wipLimit: number | null) => Promise<Column>;
  updateColumn: (columnId: string, patch: Omit<UpdateColumnBody, 'afterColumnId'>) => Promise<Column>;
  moveColumn: (columnId: string, direction: -1 | 1) => Promise<void>;
  deleteColumn: (columnId: string, moveCardsTo?: string) => Promise<void>;
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

const pickData = (s: BoardData): BoardData => ({
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
function withSavedCards(snapshot: BoardData, now: BoardData): BoardData {
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

/** The column a card sits in according to the current order (which a drag preview may have changed). */
export function columnOfCard(s: Pick<BoardData, 'cardIdsByColumn'>, cardId: string): string | undefined {
  for (const [columnId, ids] of Object.entries(s.cardIdsByColumn)) if (ids.includes(cardId)) return columnId;
  return undefined;
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

  previewMove: (cardId, toColumnId, index) =>
    set((s) => {
      const from = columnOfCard(s, cardId);
      if (!from || !s.cardIdsByColumn[toColumnId]) return s;
      const next = { ...s.cardIdsByColumn, [from]: (s.cardIdsByColumn[from] ?? []).filter((id) => id !== cardId) };
      const target = [...(next[toColumnId] ?? [])];
      target.splice(Math.max(0, Math.min(index, target.length)), 0, cardId);
      next[toColumnId] = target;
      return { cardIdsByColumn: next };
    }),

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

  updateCard: async (cardId, patch) => {
    const card = get().cardsById[cardId];
    if (!card) throw new Error('This card is no longer on the board.');
    try {
      const saved = await cardsApi.updateCard(cardId, { ...patch, version: card.version });
      set((s) => ({ cardsById: { ...s.cardsById, [saved.id]: saved } }));
      return saved;
    } catch (e) {
      // Someone else saved first: take their version so a second save is a deliberate overwrite.
      if (e instanceof ApiError && e.code === 'VERSION_CONFLICT' && isCard(e.current) && e.current.id === cardId) {
        const current = e.current;
        set((s) => ({ cardsById: { ...s.cardsById, [current.id]: current } }));
      }
      throw e;
    }
  },

  deleteCard: async (cardId) => {
    await cardsApi.deleteCard(cardId);
    set((s) => withoutCard(s, cardId));
  },

  createColumn: async (name, wipLimit) => {
    const boardId = get().board?.id;
    if (!boardId) throw new Error('No board is open.');
    const column = await columnsApi.createColumn(boardId, { name, ...(wipLimit !== null ? { wipLimit } : {}) });
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
    set((s) => {
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
    });
    // Moved cards got fresh ranks on the server; read them so later moves plan against the truth.
    if (moveCardsTo) await get().refresh();
  },
});

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

function sortColumns(order: string[], columnsById: Record<string, Column>): string[] {
  return [...order].sort((a, b) => compareKeys(columnsById[a]?.rank ?? '', columnsById[b]?.rank ?? ''));
}

function isCard(v: unknown): v is Card {
  return typeof v === 'object' && v !== null && 'id' in v && 'version' in v && 'columnId' in v;
}
