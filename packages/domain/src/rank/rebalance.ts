import { keysBetween } from './fractional-index.ts';

/**
 * Longest key a move may write without a rewrite of its column. Random moves keep keys under
 * ~10 characters; only repeated inserts at one spot grow a key by about one character per six
 * inserts, so this is reached after ~250 such inserts. The database column is VARCHAR(64).
 */
export const RANK_KEY_MAX_LENGTH = 48;

export const needsRebalance = (keys: readonly string[]): boolean =>
  keys.some((key) => key.length > RANK_KEY_MAX_LENGTH);

/**
 * n fresh ascending keys for a column rewritten in one transaction: consecutive integers
 * ('a0', 'a1', …), the shortest keys there are (2 characters up to 62 cards, 3 up to ~3,900),
 * with the whole fraction space free between each pair for later moves.
 */
export const rebalanceKeys = (n: number): string[] => keysBetween(null, null, n);
