import { focusIfLost } from '../common/focus.ts';

/** A card's element on the board (not the copy that follows the pointer during a drag). */
export const cardElement = (cardId: string) =>
  document.querySelector<HTMLElement>(`.column__item > [data-card-id="${cardId}"]`);

/**
 * Where focus goes when a card leaves its column, read while it is still listed in `ids`: the card
 * that takes its place, else the one above it, else the column's "Add card" button.
 */
export function placeAfterLeaving(ids: readonly string[], cardId: string, columnId: string) {
  const index = ids.indexOf(cardId);
  const neighbour = ids[index + 1] ?? (index > 0 ? ids[index - 1] : undefined);
  return () =>
    (neighbour ? cardElement(neighbour) : null) ??
    document.querySelector<HTMLElement>(`[data-column-id="${columnId}"] .add-card__open`);
}

/**
 * After a move settles, puts focus back on the card if it was lost: a card put back after a
 * refusal is drawn anew at its old place, and focus went with the element that left.
 */
export const refocusCard = (cardId: string) => focusIfLost(() => cardElement(cardId));
