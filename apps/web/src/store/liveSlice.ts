import type { BoardEvent, Presence } from '@echoboard/contracts';
import type { StateCreator } from 'zustand';
import { applyBoardEvent } from './applyEvent.ts';
import type { AppState } from './index.ts';

export type Connection = 'offline' | 'connecting' | 'live' | 'reconnecting';
export type Viewer = Presence['viewers'][number];

/** How long after my own move another person's move of the same card earns a notice. */
const CONTESTED_MS = 10_000;

export interface LiveSlice {
  connection: Connection;
  viewers: Viewer[];
  /** Events that arrived while this person was dragging; applied when the drag ends. */
  heldEvents: BoardEvent[];
  holding: boolean;
  /** Card id → when I last moved it, to tell me when someone else moves it right after. */
  myMoves: Record<string, number>;
  setConnection: (connection: Connection) => void;
  setPresence: (presence: Presence) => void;
  receiveEvent: (event: BoardEvent) => void;
  /** While a drag is under way, hold incoming events so the board does not shift under the pointer. */
  holdEvents: (hold: boolean) => void;
  noteMyMove: (cardId: string) => void;
}

export const createLiveSlice: StateCreator<AppState, [], [], LiveSlice> = (set, get) => ({
  connection: 'offline',
  viewers: [],
  heldEvents: [],
  holding: false,
  myMoves: {},
  setConnection: (connection) => set({ connection }),
  setPresence: (presence) => {
    if (presence.boardId === get().board?.id) set({ viewers: presence.viewers });
  },
  receiveEvent: (event) => {
    const s = get();
    if (event.boardId !== s.board?.id) return;
    if (s.holding) {
      set({ heldEvents: [...s.heldEvents, event] });
      return;
    }
    if (event.seq <= s.seq) return;
    if (event.seq > s.seq + 1) {
      // A gap: something was missed. Re-read the board (and the plan); the stream carries on from there.
      void s.refresh();
      if (s.planBoardId === event.boardId) void s.reloadPlanning();
      return;
    }
    set({ ...applyBoardEvent(s, event), seq: event.seq });
    get().applyPlanningEvent(event);
    if (event.type === 'board.imported') {
      // An import adds its cards without an event each: read the board again to see them.
      void get().refresh();
      const who = event.actor?.name ?? 'Someone';
      get().pushNotice(`${who} imported ${event.cards} cards; the board has been reloaded.`, 'info');
    }
    if (event.type === 'sprint.updated' || event.type === 'sprint.deleted') get().applySprintEvent(event);
    noticeContestedMove(get(), event);
  },
  holdEvents: (hold) => {
    if (hold) {
      set({ holding: true });
      return;
    }
    const held = get().heldEvents;
    set({ holding: false, heldEvents: [] });
    for (const event of held) get().receiveEvent(event);
  },
  noteMyMove: (cardId) => set((s) => ({ myMoves: { ...s.myMoves, [cardId]: Date.now() } })),
});

/** Two people moved the same card within seconds: the later move won; say so to the other one. */
function noticeContestedMove(s: AppState, event: BoardEvent) {
  // Only a move counts: a card 'reordered' by a rebalance of its column kept its place.
  if (event.type !== 'card.upserted' || event.action !== 'moved') return;
  if (!event.actor || event.actor.userId === s.me?.user.id) return;
  const mine = s.myMoves[event.card.id];
  if (mine === undefined || Date.now() - mine > CONTESTED_MS) return;
  const column = s.columnsById[event.card.columnId]?.name ?? 'another column';
  s.pushNotice(`${event.actor.name} moved “${event.card.title}” after you; it is now in ${column}.`, 'info');
}
