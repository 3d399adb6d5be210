import type { MoveCommand, RankedCard } from './move-card.ts';
import { sortByRank } from './move-card.ts';

/**
 * The few cards of the target column planMove needs to compute the new rank: the anchor and
 * its neighbour on the side the card goes, or the first or last card. A server can read just
 * these (two rows by index) instead of the whole column. The moved card itself never counts.
 */
export type MoveWindow =
  | { kind: 'first' }
  | { kind: 'last' }
  | { kind: 'after'; anchorId: string }
  | { kind: 'before'; anchorId: string };

/** Which window a command needs; the same precedence as planMove (afterCardId wins). */
export function moveWindow(command: Pick<MoveCommand, 'afterCardId' | 'beforeCardId'>): MoveWindow {
  const { afterCardId, beforeCardId } = command;
  if (typeof afterCardId === 'string') return { kind: 'after', anchorId: afterCardId };
  if (typeof beforeCardId === 'string') return { kind: 'before', anchorId: beforeCardId };
  return afterCardId === null ? { kind: 'first' } : { kind: 'last' };
}

/**
 * The window's cards out of a whole column (without the moved card), as the server's
 * queries select them: at most two adjacent cards. planMove on the window plus the moved
 * card gives the same rank, rebalance flag and errors as on the whole column; only `order`
 * is partial, so a rebalance must re-plan on the whole column.
 */
export function selectWindow(column: readonly RankedCard[], cardId: string, window: MoveWindow): RankedCard[] {
  const others = sortByRank(column.filter((c) => c.id !== cardId));
  if (window.kind === 'first') return others.slice(0, 1);
  if (window.kind === 'last') return others.slice(-1);
  const at = others.findIndex((c) => c.id === window.anchorId);
  if (at === -1) return [];
  return window.kind === 'after' ? others.slice(at, at + 2) : others.slice(Math.max(0, at - 1), at + 1);
}
