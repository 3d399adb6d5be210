import type { BoardEvent, Card, Scrum, ScrumState } from '@echoboard/contracts';
import type { StateCreator } from 'zustand';
import * as scrumApi from '../api/scrum.ts';
import type { AppState } from './index.ts';

export interface ScrumSlice {
  /** The board's running scrum; null when none runs. */
  scrum: Scrum | null;
  /** When the board's latest finished scrum started: cards changed since then are marked. */
  previousScrumAt: string | null;
  /** Server clock minus this browser's clock, so every viewer's timer shows the same time. */
  clockOffsetMs: number;
  /** The board event seq the scrum state includes; older scrum events are ignored. */
  scrumSeq: number;
  /** A scrum that just ended, whose summary is on screen until dismissed. */
  endedScrum: Scrum | null;
  loadScrum: (boardId: string) => Promise<void>;
  /** An answer of the scrum API (it carries the server's time). */
  scrumAnswered: (state: ScrumState) => void;
  scrumEvent: (event: BoardEvent) => void;
  dismissScrumSummary: () => void;
  /** A card the API returned (e.g. after flagging it blocked), shown before its event arrives. */
  cardSaved: (card: Card) => void;
}

export const emptyScrumData = () => ({
  scrum: null,
  previousScrumAt: null,
  clockOffsetMs: 0,
  scrumSeq: 0,
  endedScrum: null,
});

/** A running scrum shows in the bar; an ended one moves to the summary and becomes the "previous" scrum. */
function placed(scrum: Scrum | null, previousScrumAt: string | null) {
  if (scrum?.endedAt) return { scrum: null, endedScrum: scrum, previousScrumAt: scrum.startedAt };
  return { scrum, previousScrumAt: scrum ? scrum.previousScrumAt : previousScrumAt };
}

export const createScrumSlice: StateCreator<AppState, [], [], ScrumSlice> = (set, get) => ({
  ...emptyScrumData(),
  loadScrum: async (boardId) => {
    set(emptyScrumData());
    const state = await scrumApi.getScrum(boardId);
    if (get().board?.id === boardId) get().scrumAnswered(state);
  },
  scrumAnswered: (state) => {
    const clockOffsetMs = Date.parse(state.now) - Date.now();
    // A change the stream already delivered must not be undone by an answer that left earlier.
    // seq 0: the request changed nothing, so there is nothing newer to show.
    if (state.seq === 0 || state.seq < get().scrumSeq) return set({ clockOffsetMs });
    set({
      clockOffsetMs,
      scrumSeq: Math.max(state.seq, get().scrumSeq),
      ...placed(state.scrum, state.previousScrumAt),
    });
  },
  scrumEvent: (event) => {
    const s = get();
    if (event.type !== 'scrum.updated' || event.boardId !== s.board?.id || event.seq <= s.scrumSeq) return;
    set({ scrumSeq: event.seq, ...placed(event.scrum, s.previousScrumAt) });
  },
  dismissScrumSummary: () => set({ endedScrum: null }),
  cardSaved: (card) => {
    const current = get().cardsById[card.id];
    if (current && current.version <= card.version) set((s) => ({ cardsById: { ...s.cardsById, [card.id]: card } }));
  },
});
