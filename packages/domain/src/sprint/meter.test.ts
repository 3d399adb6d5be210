import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capacityMeter, meterReading } from './meter.ts';

describe('meterReading', () => {
  it('is under below 90 %, near from 90 % up to full, over beyond', () => {
    expect(meterReading(8.9, 10)).toEqual({ committed: 8.9, capacity: 10, ratio: 0.89, state: 'under' });
    expect(meterReading(9, 10)).toEqual({ committed: 9, capacity: 10, ratio: 0.9, state: 'near' });
    expect(meterReading(10, 10)).toEqual({ committed: 10, capacity: 10, ratio: 1, state: 'near' });
    expect(meterReading(10.5, 10)).toEqual({ committed: 10.5, capacity: 10, ratio: 1.05, state: 'over' });
  });

  it('has no ratio without capacity: nothing committed is fine, anything is over', () => {
    expect(meterReading(0, 0)).toEqual({ committed: 0, capacity: 0, ratio: null, state: 'under' });
    expect(meterReading(1, 0)).toEqual({ committed: 1, capacity: 0, ratio: null, state: 'over' });
  });
});

describe('capacityMeter', () => {
  const availability = [
    { memberId: 'ana', availableDays: 10 },
    { memberId: 'ben', availableDays: 8 },
    { memberId: 'cy', availableDays: 2 },
  ];

  it('meters the team and each member; unassigned cards count toward the team only', () => {
    const result = capacityMeter({
      capacity: 20,
      availability,
      cards: [
        { id: 'c1', points: 5, assigneeId: 'ana' },
        { id: 'c2', points: 8, assigneeId: 'ben' },
        { id: 'c3', points: 5, assigneeId: null },
        { id: 'c4', points: null, assigneeId: 'ana' },
        { id: 'c5', points: 1, assigneeId: 'dee' },
      ],
    });
    expect(result).toEqual({
      team: { committed: 19, capacity: 20, ratio: 0.95, state: 'near' },
      members: [
        { memberId: 'ana', committed: 5, capacity: 10, ratio: 0.5, state: 'under' },
        { memberId: 'ben', committed: 8, capacity: 8, ratio: 1, state: 'near' },
        { memberId: 'cy', committed: 0, capacity: 2, ratio: 0, state: 'under' },
        // assigned without stating availability: flagged rather than hidden
        { memberId: 'dee', committed: 1, capacity: 0, ratio: null, state: 'over' },
      ],
      unestimatedCardIds: ['c4'],
    });
  });

  it('warns when the team is over', () => {
    const result = capacityMeter({ capacity: 4, availability, cards: [{ id: 'c1', points: 5, assigneeId: null }] });
    expect(result.team.state).toBe('over');
    expect(result.members.every((m) => m.state === 'under')).toBe(true);
  });

  it('keeps ratios, states and totals consistent (property)', () => {
    const ids = ['ana', 'ben', 'cy', 'dee'];
    const input = fc.record({
      capacity: fc.integer({ min: 0, max: 200 }),
      availability: fc.uniqueArray(
        fc.record({ memberId: fc.constantFrom(...ids), availableDays: fc.integer({ min: 0, max: 20 }) }),
        { selector: (a) => a.memberId },
      ),
      cards: fc.array(
        fc.record({
          id: fc.uuid(),
          points: fc.option(fc.constantFrom(0, 0.5, 1, 2, 3, 5, 8, 13)),
          assigneeId: fc.option(fc.constantFrom(...ids)),
        }),
        { maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(input, ({ capacity, availability: avail, cards }) => {
        const result = capacityMeter({ capacity, availability: avail, cards });
        const points = (c: { points: number | null }) => c.points ?? 0;
        expect(result.team.committed).toBe(cards.reduce((s, c) => s + points(c), 0));
        const assigned = cards.filter((c) => c.assigneeId !== null).reduce((s, c) => s + points(c), 0);
        expect(result.members.reduce((s, m) => s + m.committed, 0)).toBe(assigned);
        expect(result.unestimatedCardIds).toEqual(cards.filter((c) => c.points === null).map((c) => c.id));
        for (const m of [result.team, ...result.members]) {
          if (m.capacity > 0) expect(m.ratio).toBeCloseTo(m.committed / m.capacity, 9);
          else expect(m.ratio).toBeNull();
          expect(m.state === 'over').toBe(m.committed > m.capacity);
          expect(m.state === 'near').toBe(m.ratio !== null && m.ratio >= 0.9 && m.committed <= m.capacity);
        }
        // every member who stated availability gets a meter, in order
        expect(result.members.slice(0, avail.length).map((m) => m.memberId)).toEqual(avail.map((a) => a.memberId));
        const memberCapacity = result.members.reduce((s, m) => s + m.capacity, 0);
        const days = avail.reduce((s, a) => s + a.availableDays, 0);
        expect(memberCapacity).toBeCloseTo(days > 0 ? capacity : 0, 6);
      }),
    );
  });
});
