import { describe, expect, it } from 'vitest';
import { doneColumnId, newColumnAfter } from './done.ts';

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
