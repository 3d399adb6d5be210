import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysBetween } from './fractional-index.ts';
import { rankAfter } from './place-after.ts';

const list = (ids: string[]) => {
  const ranks = keysBetween(null, null, ids.length);
  return ids.map((id, i) => ({ id, rank: ranks[i]! }));
};
const orderWith = (items: { id: string; rank: string }[], id: string, rank: string) =>
  [...items, { id, rank }].sort((a, b) => (a.rank < b.rank ? -1 : 1)).map((i) => i.id);

describe('rankAfter', () => {
  const items = list(['a', 'b', 'c']);

  it('places last, first, or right after the named item', () => {
    const at = (afterId: string | null | undefined) => {
      const result = rankAfter(items, afterId);
      if (!result.ok) throw new Error(result.error.message);
      return orderWith(items, 'new', result.value);
    };
    expect(at(undefined)).toEqual(['a', 'b', 'c', 'new']);
    expect(at(null)).toEqual(['new', 'a', 'b', 'c']);
    expect(at('a')).toEqual(['a', 'new', 'b', 'c']);
    expect(at('c')).toEqual(['a', 'b', 'c', 'new']);
  });

  it('works on an empty list and on siblings given in any order', () => {
    expect(rankAfter([], undefined).ok).toBe(true);
    const shuffled = [items[2]!, items[0]!, items[1]!];
    const result = rankAfter(shuffled, 'a');
    expect(result.ok && orderWith(items, 'new', result.value)).toEqual(['a', 'new', 'b', 'c']);
  });

  it('refuses an item that is not in the list', () => {
    expect(rankAfter(items, 'zzz')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'ANCHOR_NOT_FOUND', field: 'afterId' }),
    });
  });

  it('always lands directly after its anchor', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), (n, pick) => {
        const many = list(Array.from({ length: n }, (_, i) => `i${i}`));
        const anchor = many[pick % n]!.id;
        const result = rankAfter(many, anchor);
        if (!result.ok) return false;
        const order = orderWith(many, 'new', result.value);
        return order[order.indexOf(anchor) + 1] === 'new';
      }),
    );
  });
});
