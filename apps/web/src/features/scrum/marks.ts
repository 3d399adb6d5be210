import {
  ageInColumn,
  type CardFocus,
  cardFocus,
  changesSince,
  currentSpeaker,
  DEFAULT_STALE_DAYS,
  isStale,
  utcOffsetMinutesIn,
} from '@echoboard/domain';
import { useShallow } from 'zustand/react/shallow';
import { type AppState, timeZoneIn, useAppStore } from '../../store/index.ts';

export type CardChange = 'new' | 'moved' | 'edited';

/** What the daily scrum adds to one card. All primitives, so the memoised card skips equal renders. */
export interface ScrumMarks {
  focus: CardFocus;
  change: CardChange | null;
  /** Whole days in its column; null outside a scrum. */
  ageDays: number | null;
  stale: boolean;
  columnName: string | null;
}

const NONE: ScrumMarks = { focus: 'normal', change: null, ageDays: null, stale: false, columnName: null };

/** The member whose turn it is, with the name cards with a free-text assignee are matched on. */
export function selectSpeaker(s: Pick<AppState, 'scrum'>): { id: string; name: string | null } | null {
  if (!s.scrum) return null;
  const id = currentSpeaker({ order: s.scrum.order, index: s.scrum.speakerIndex });
  return id ? { id, name: s.scrum.names[id] ?? null } : null;
}

/** Minutes the team's clock is ahead of UTC: its time zone decides its calendar day (the viewer's if unknown). */
const teamOffsetMinutes = (s: AppState, at: Date) => {
  const zone = timeZoneIn(s.me, s.board?.teamId);
  return zone ? utcOffsetMinutesIn(zone, at) : -at.getTimezoneOffset();
};

/**
 * A card's marks while a scrum runs (none otherwise, so the everyday board stays quiet). Days
 * are the team's calendar days, so everyone at the scrum sees the same age wherever they sit;
 * "now" is the server's clock.
 */
export function scrumMarks(s: AppState, cardId: string, nowMs = Date.now()): ScrumMarks {
  const card = s.cardsById[cardId];
  if (!s.scrum || !card) return NONE;
  const changes = changesSince(card, s.previousScrumAt);
  const column = s.columnsById[card.columnId];
  const now = new Date(nowMs + s.clockOffsetMs);
  const ageDays = ageInColumn(card.columnEnteredAt, now.getTime(), teamOffsetMinutes(s, now));
  return {
    focus: cardFocus(card, selectSpeaker(s)),
    change: changes.isNew ? 'new' : changes.moved ? 'moved' : changes.edited ? 'edited' : null,
    ageDays,
    stale: isStale(ageDays, column ? column.staleDays : DEFAULT_STALE_DAYS),
    columnName: column?.name ?? null,
  };
}

export const useScrumMarks = (cardId: string): ScrumMarks => useAppStore(useShallow((s) => scrumMarks(s, cardId)));
