import { type Instant, instantMs } from './instant.ts';

/** The card's timestamps; columnEnteredAt changes when it enters another column, not on a reorder. */
export interface CardTimestamps {
  createdAt: Instant;
  updatedAt: Instant;
  columnEnteredAt: Instant;
}

/** At most one flag is true: a card is new, else moved, else edited since the previous scrum. */
export interface CardChanges {
  isNew: boolean;
  moved: boolean;
  edited: boolean;
}

const NOTHING: CardChanges = { isNew: false, moved: false, edited: false };

/**
 * What changed on a card since the previous scrum started. Only the strongest change shows:
 * a new card was necessarily placed and edited, and a move also bumps updatedAt. With no
 * previous scrum there is nothing to compare with, so nothing is marked (rather than everything).
 * "Since" is strict: a change at the very millisecond the previous scrum started predates it.
 */
export const changesSince = (card: CardTimestamps, previousScrumAt: Instant | null): CardChanges => {
  if (previousScrumAt === null) return NOTHING;
  const since = instantMs(previousScrumAt);
  if (instantMs(card.createdAt) > since) return { isNew: true, moved: false, edited: false };
  if (instantMs(card.columnEnteredAt) > since) return { isNew: false, moved: true, edited: false };
  if (instantMs(card.updatedAt) > since) return { isNew: false, moved: false, edited: true };
  return NOTHING;
};
