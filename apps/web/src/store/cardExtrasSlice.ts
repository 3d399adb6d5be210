import type { Card, CardStats } from '@echoboard/contracts';
import type { LabelColor } from '@echoboard/domain';
import type { StateCreator } from 'zustand';
import { setLabelColor } from '../api/cardExtras.ts';
import * as cardsApi from '../api/cards.ts';
import { appended, withoutCard } from './boardData.ts';
import { takingConflicts } from './boardSlice.ts';
import type { AppState } from './index.ts';

/** What hangs off the board's cards: the archive, checklist and comment figures, label colours. */
export interface CardExtrasSlice {
  /**
   * Takes the card off the board into the archive, guarded by `version` (the editor's), else by the
   * version the board shows.
   */
  archiveCard: (cardId: string, version?: number) => Promise<void>;
  /** Puts an archived card back at the end of a column; it shows at once. */
  restoreCard: (cardId: string, columnId: string, version: number) => Promise<Card>;
  /** What the editor learned of a card's checklist or comments, before the board's event arrives. */
  patchCardStats: (cardId: string, stats: Partial<CardStats>) => void;
  /** Sets (or with null clears) a label's colour on the open board (leads). */
  setLabelColor: (label: string, color: LabelColor | null) => Promise<void>;
}

export const createCardExtrasSlice: StateCreator<AppState, [], [], CardExtrasSlice> = (set, get) => ({
  archiveCard: async (cardId, version) => {
    const card = get().cardsById[cardId];
    if (!card) throw new Error('This card is no longer on the board.');
    await takingConflicts(set, cardId, () => cardsApi.archiveCard(cardId, { version: version ?? card.version }));
    set((s) => withoutCard(s, cardId));
  },

  restoreCard: async (cardId, columnId, version) => {
    const card = await cardsApi.restoreCard(cardId, { columnId, version });
    set((s) => appended(s, card));
    return card;
  },

  patchCardStats: (cardId, stats) =>
    set((s) => ({
      cardStats: {
        ...s.cardStats,
        [cardId]: { checklistDone: 0, checklistTotal: 0, comments: 0, ...s.cardStats[cardId], ...stats },
      },
    })),

  setLabelColor: async (label, color) => {
    const boardId = get().board?.id;
    if (!boardId) throw new Error('No board is open.');
    const labelColors = await setLabelColor(boardId, { label, color });
    set((s) => (s.board?.id === boardId ? { labelColors } : s));
  },
});
