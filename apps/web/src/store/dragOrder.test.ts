import { describe, expect, it } from 'vitest';
import { listHolding, withIdAt } from './dragOrder.ts';

describe('listHolding', () => {
  it('names the list that holds the id, and none for an id in no list', () => {
    const lists = { backlog: ['1', '2'], sprint: ['3'] };
    expect(listHolding(lists, '3')).toBe('sprint');
    expect(listHolding(lists, '1')).toBe('backlog');
    expect(listHolding(lists, '9')).toBeUndefined();
  });
});

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
