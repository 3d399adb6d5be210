import { domainError } from '../errors.ts';
import { compareKeys, keyBetween } from '../rank/fractional-index.ts';
import { RANK_KEY_MAX_LENGTH } from '../rank/rebalance.ts';
import { err, ok, type Result } from '../result.ts';

export interface RankedCard {
  id: string;
  columnId: string;
  rank: string;
}

/**
 * Where to put a card. Anchors name neighbours rather than an index, so a move made against a
 * slightly stale board still lands next to the card the person dropped it by.
 */
export interface MoveCommand {
  cardId: string;
  toColumnId: string;
  /** Place directly after this card. Wins over beforeCardId when both are ids. */
  afterCardId?: string | null;
  /** Place directly before this card, when afterCardId is not an id. */
  beforeCardId?: string | null;
  // Neither is an id: afterCardId === null puts the card first, otherwise it goes last.
}

export interface MovePlan {
  cardId: string;
  fromColumnId: string;
  toColumnId: string;
  /** The moved card's new rank: strictly between its new neighbours' current ranks. */
  rank: string;
  /** ids of the target column in their new order */
  order: string[];
  /**
   * The new rank is longer than RANK_KEY_MAX_LENGTH: write rebalanceKeys(order.length) to the
   * cards of `order`, in that order, in the same transaction.
   */
  rebalance: boolean;
}

/** Stable, byte-wise sort by rank; the same order as PostgreSQL `ORDER BY rank COLLATE "C"`. */
export const sortByRank = <T extends { rank: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => compareKeys(a.rank, b.rank));

/** Index in `others` (the target column without the moved card) the card is inserted at. */
const insertionIndex = (others: readonly RankedCard[], command: MoveCommand): Result<number> => {
  const { cardId, afterCardId, beforeCardId } = command;
  if (afterCardId === cardId || beforeCardId === cardId) {
    return err(domainError('INVALID_MOVE', 'A card cannot be placed next to itself'));
  }
  // afterCardId wins when both are given: if they are not adjacent (someone moved a card in
  // between meanwhile), "after" is the one a person dragging down the column saw last.
  const placeAfter = typeof afterCardId === 'string';
  const anchorId = placeAfter ? afterCardId : beforeCardId;
  if (typeof anchorId === 'string') {
    const at = others.findIndex((card) => card.id === anchorId);
    if (at === -1) {
      return err(
        domainError(
          'ANCHOR_NOT_FOUND',
          'The card it was to be placed next to is no longer in that column. Reload the board and try again.',
        ),
      );
    }
    return ok(placeAfter ? at + 1 : at);
  }
  return ok(afterCardId === null ? 0 : others.length);
};

/**
 * Plan moving one card: the API writes the one row it returns, the web app applies it as the
 * optimistic update. `cards` must hold the moved card and every card of the target column,
 * in any order; cards of other columns are ignored.
 *
 * Throws RangeError (from keyBetween) only if the target column holds duplicate or malformed
 * ranks, which the unique (columnId, rank) index rules out: corrupt data, not a user error.
 */
export const planMove = (cards: readonly RankedCard[], command: MoveCommand): Result<MovePlan> => {
  const card = cards.find((c) => c.id === command.cardId);
  if (card === undefined) return err(domainError('CARD_NOT_FOUND', 'This card no longer exists'));

  const others = sortByRank(cards.filter((c) => c.columnId === command.toColumnId && c.id !== card.id));
  const index = insertionIndex(others, command);
  if (!index.ok) return index;

  const before = others[index.value - 1];
  const after = others[index.value];
  const order = others.map((c) => c.id);
  order.splice(index.value, 0, card.id);

  // Already there (current rank sits between the new neighbours): keep it, write nothing new.
  const inPlace =
    card.columnId === command.toColumnId &&
    (before === undefined || before.rank < card.rank) &&
    (after === undefined || card.rank < after.rank);
  const rank = inPlace ? card.rank : keyBetween(before?.rank ?? null, after?.rank ?? null);

  return ok({
    cardId: card.id,
    fromColumnId: card.columnId,
    toColumnId: command.toColumnId,
    rank,
    order,
    rebalance: rank.length > RANK_KEY_MAX_LENGTH,
  });
};
