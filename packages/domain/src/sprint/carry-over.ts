import { compareKeys, keysBetween } from '../rank/fractional-index.ts';

export type CarryOverTarget = 'backlog' | 'sprint';

export interface CarryOverDestination {
  to: CarryOverTarget;
  /** Rank of the card now first in the destination list; null when the list is empty. */
  firstRank: string | null;
}

export interface CarryOverMove {
  cardId: string;
  to: CarryOverTarget;
  /** 0-based index from the top of the destination list once all moves are applied. */
  position: number;
  /** New rank in the destination: all moved cards sit above firstRank, in sprint order. */
  rank: string;
}

/**
 * Where unfinished cards go when a sprint completes: to the top of the backlog or of the next
 * sprint's list, keeping the sprint's rank order (ties broken by id, so the plan is the same
 * whatever order the rows were loaded in). The ranks are precomputed above the destination's
 * first card, so applying the plan writes only the moved rows and never renumbers the list.
 * Throws RangeError for duplicate ids or invalid ranks: callers pass rows read from the
 * database, so either is a programming error (completeSprint rejects duplicates first).
 */
export const planCarryOver = (
  unfinished: readonly { id: string; rank: string }[],
  destination: CarryOverDestination,
): CarryOverMove[] => {
  if (new Set(unfinished.map((card) => card.id)).size !== unfinished.length) {
    throw new RangeError('A card appears twice in the carry-over');
  }
  const ordered = [...unfinished].sort((a, b) => compareKeys(a.rank, b.rank) || compareKeys(a.id, b.id));
  const ranks = keysBetween(null, destination.firstRank, ordered.length);
  return ordered.map((card, position) => ({
    cardId: card.id,
    to: destination.to,
    position,
    rank: ranks[position] ?? '',
  }));
};
