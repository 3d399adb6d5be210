import type { StateCreator } from 'zustand';
import type { AppState } from './index.ts';

export type NoticeTone = 'error' | 'success' | 'info';

export interface Notice {
  id: number;
  tone: NoticeTone;
  message: string;
}

export interface UiSlice {
  notices: Notice[];
  pushNotice: (message: string, tone?: NoticeTone) => number;
  dismissNotice: (id: number) => void;
  /** The card whose editor dialog is open, if any. */
  editingCardId: string | null;
  openEditor: (cardId: string) => void;
  closeEditor: () => void;
  /** The card whose "Move to…" dialog is open, if any. */
  movingCardId: string | null;
  openMoveTo: (cardId: string) => void;
  closeMoveTo: () => void;
}

/** Older notices give way so a busy morning does not bury the board under messages. */
const MAX_NOTICES = 3;
let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  notices: [],
  pushNotice: (message, tone = 'error') => {
    const id = nextNoticeId++;
    set((s) => ({ notices: [...s.notices, { id, tone, message }].slice(-MAX_NOTICES) }));
    return id;
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  editingCardId: null,
  openEditor: (cardId) => set({ editingCardId: cardId }),
  closeEditor: () => set({ editingCardId: null }),
  movingCardId: null,
  openMoveTo: (cardId) => set({ movingCardId: cardId }),
  closeMoveTo: () => set({ movingCardId: null }),
});
