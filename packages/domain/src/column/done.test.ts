import { describe, expect, it } from 'vitest';
import { compareKeys } from '../rank/fractional-index.ts';
import { doneColumnId, newColumnAfter, newColumnKeys } from './done.ts';

describe('doneColumnId', () => {
  it('is the last column by rank, whatever order the columns come in', () => {
    const columns = [
      { id: 'doing', rank: 'a2' },
      { id: 'done', rank: 'a4' },
      { id: 'backlog', rank: 'a0' },
      { id: 'review', rank: 'a3V' },
    ];
    expect(doneColumnId(columns)).toBe('done');
    expect(doneColumnId([...columns].reverse())).toBe('done');
  });

  it('compares ranks byte-wise, as the database orders them', () => {
    // Locale order would put 'Zz' after 'a0'; byte order puts every upper case head first.
    expect(
      doneColumnId([
        { id: 'first', rank: 'Zz' },
        { id: 'last', rank: 'a0' },
      ]),
    ).toBe('last');
    expect(
      doneColumnId([
        { id: 'last', rank: 'a0b' },
        { id: 'first', rank: 'a0B' },
      ]),
    ).toBe('last');
  });

  it('is null for a board without columns, and the only column of a board with one', () => {
    expect(doneColumnId([])).toBeNull();
    expect(doneColumnId([{ id: 'only', rank: 'a0' }])).toBe('only');
  });
});

describe('newColumnAfter', () => {
  it('puts a new column just before the done column, which stays last', () => {
    const columns = [
      { id: 'done', rank: 'a4' },
      { id: 'todo', rank: 'a0' },
      { id: 'review', rank: 'a3V' },
      { id: 'doing', rank: 'a2' },
    ];
    expect(newColumnAfter(columns)).toBe('review');
    expect(newColumnAfter([{ id: 'done', rank: 'a0' }])).toBeNull();
    expect(newColumnAfter([])).toBeUndefined();
  });
});

describe('newColumnKeys', () => {
  const sorted = (keys: string[]) => [...keys].sort(compareKeys);

  it('places new columns in order between the column before done and the done column', () => {
    const columns = [
      { id: 'done', rank: 'a4' },
      { id: 'todo', rank: 'a0' },
      { id: 'review', rank: 'a3V' },
    ];
    const keys = newColumnKeys(columns, 3);
    expect(keys).toHaveLength(3);
    expect(sorted(keys)).toEqual(keys);
    expect(compareKeys(keys[0]!, 'a3V')).toBeGreaterThan(0);
    expect(compareKeys(keys[2]!, 'a4')).toBeLessThan(0);
    expect(doneColumnId([...columns, ...keys.map((rank, i) => ({ id: `new${i}`, rank }))])).toBe('done');
  });

  it('puts them first when the done column is the only one, and anywhere on an empty board', () => {
    const [first] = newColumnKeys([{ id: 'done', rank: 'a0' }], 1);
    expect(compareKeys(first!, 'a0')).toBeLessThan(0);
    expect(newColumnKeys([], 2)).toHaveLength(2);
  });
});
