import { describe, expect, it } from 'vitest';
import { deliveredItems } from './delivered.ts';
import { describeOutcome } from './outcome.ts';

const card = (id: string, shareable = false, isDone = false) => ({ id, title: id, shareable, isDone });

describe('deliveredItems', () => {
  it('lists the shareable cards when the team marked any', () => {
    const cards = [card('a', false, true), card('b', true), card('c', true, true)];
    expect(deliveredItems(cards, ['a']).map((c) => c.id)).toEqual(['b', 'c']);
  });

  it("otherwise lists a completed sprint's recorded done cards, in the record's order, skipping deleted ones", () => {
    const cards = [card('a'), card('b'), card('c', false, true)];
    expect(deliveredItems(cards, ['b', 'gone', 'a']).map((c) => c.id)).toEqual(['b', 'a']);
  });

  it("otherwise lists an active sprint's cards in the last column", () => {
    expect(deliveredItems([card('a'), card('b', false, true)], null).map((c) => c.id)).toEqual(['b']);
  });
});

describe('describeOutcome', () => {
  it('says where accepted feedback went: the earliest sprint holding one of its cards, or the backlog', () => {
    expect(describeOutcome({ status: 'accepted', cards: [{ sprint: null }] })).toBe('Accepted: in the backlog.');
    const cards = [
      { sprint: null },
      { sprint: { name: 'Launch 8', startDate: '2026-12-07' } },
      { sprint: { name: 'Launch 7', startDate: '2026-11-23' } },
    ];
    expect(describeOutcome({ status: 'accepted', cards })).toBe('Accepted: planned for sprint Launch 7.');
  });

  it('has a message for every other status', () => {
    for (const status of ['new', 'duplicate', 'declined'] as const) {
      expect(describeOutcome({ status, cards: [] })).toMatch(/\w/);
    }
  });
});
