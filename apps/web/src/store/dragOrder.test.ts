import { describe, expect, it } from 'vitest';
import { withIdAt } from './dragOrder.ts';

describe('withIdAt', () => {
  it('moves the id between two lists at the clamped index and leaves the other lists as they were', () => {
    type Key = 'a' | 'b' | 'c';
    const lists: Record<Key, string[]> = { a: ['1', '2'], b: ['3'], c: ['4'] };
    const next = withIdAt<Key>(lists, 'a', 'b', '2', -5);
    expect(next).toEqual({ a: ['1'], b: ['2', '3'], c: ['4'] });
    expect(next.c).toBe(lists.c);
    expect(lists.a).toEqual(['1', '2']);
    expect(withIdAt(lists, 'a', 'a', '1', 9).a).toEqual(['2', '1']);
  });
});
