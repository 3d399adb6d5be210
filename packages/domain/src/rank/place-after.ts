import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { compareKeys, keyBetween } from './fractional-index.ts';

/**
 * The rank for an item placed right after `afterId` among `siblings` (the other items of its list,
 * in any order, without the item itself): null puts it first, undefined last. Columns of a board use
 * it; cards use planMove, which also knows "before".
 */
export function rankAfter(
  siblings: readonly { id: string; rank: string }[],
  afterId: string | null | undefined,
): Result<string> {
  const sorted = [...siblings].sort((a, b) => compareKeys(a.rank, b.rank));
  if (afterId === undefined) return ok(keyBetween(sorted.at(-1)?.rank ?? null, null));
  if (afterId === null) return ok(keyBetween(null, sorted[0]?.rank ?? null));
  const index = sorted.findIndex((s) => s.id === afterId);
  if (index === -1) {
    return err(domainError('ANCHOR_NOT_FOUND', 'The item to place it after is not in this list.', 'afterId'));
  }
  return ok(keyBetween(sorted[index]!.rank, sorted[index + 1]?.rank ?? null));
}
