import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentSpeaker, type SpeakerWalk, scrumStep, startWalk, walkSpeakers } from './walk.ts';

const ORDER = ['ana', 'ben', 'cy'];

describe('walkSpeakers', () => {
  it('goes from not started through each member to the blocked-card review, and stops there', () => {
    let walk = startWalk(ORDER);
    const seen = [scrumStep(walk)];
    for (let i = 0; i < 5; i++) {
      walk = walkSpeakers(walk, 'next');
      seen.push(scrumStep(walk));
    }
    expect(seen).toEqual([
      { kind: 'not-started' },
      { kind: 'speaker', memberId: 'ana', position: 1, total: 3 },
      { kind: 'speaker', memberId: 'ben', position: 2, total: 3 },
      { kind: 'speaker', memberId: 'cy', position: 3, total: 3 },
      { kind: 'blocked-review' },
      { kind: 'blocked-review' },
    ]);
  });

  it('goes back one member at a time and stops before the first', () => {
    let walk: SpeakerWalk = { order: ORDER, index: 3 };
    const speakers = [];
    for (let i = 0; i < 5; i++) {
      walk = walkSpeakers(walk, 'previous');
      speakers.push(currentSpeaker(walk));
    }
    expect(speakers).toEqual(['cy', 'ben', 'ana', null, null]);
    expect(walk.index).toBe(-1);
  });

  it('returns the same walk when it cannot move, so a store sees no change', () => {
    const start = startWalk(ORDER);
    expect(walkSpeakers(start, 'previous')).toBe(start);
    const review = { order: ORDER, index: 3 };
    expect(walkSpeakers(review, 'next')).toBe(review);
  });

  it('goes straight to the review when nobody is in the order', () => {
    const walk = walkSpeakers(startWalk([]), 'next');
    expect(walk.index).toBe(0);
    expect(scrumStep(walk)).toEqual({ kind: 'blocked-review' });
  });

  it('copes with an index left out of range by a shrinking order', () => {
    const stale = { order: ['ana', 'ben'], index: 5 };
    expect(scrumStep(stale)).toEqual({ kind: 'blocked-review' });
    expect(walkSpeakers(stale, 'previous')).toEqual({ order: ['ana', 'ben'], index: 1 });
    expect(walkSpeakers({ order: ORDER, index: -4 }, 'next')).toEqual({ order: ORDER, index: 0 });
  });

  it('refuses a fractional index', () => {
    expect(() => walkSpeakers({ order: ORDER, index: 0.5 }, 'next')).toThrow(RangeError);
  });
});

describe('currentSpeaker', () => {
  it('is the member at the index, null before and after the walk', () => {
    expect(currentSpeaker({ order: ORDER, index: -1 })).toBeNull();
    expect(currentSpeaker({ order: ORDER, index: 1 })).toBe('ben');
    expect(currentSpeaker({ order: ORDER, index: 3 })).toBeNull();
  });
});

const orderArb = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 8 });
const walkArb = orderArb.chain((order) =>
  fc.record({ order: fc.constant(order), index: fc.integer({ min: -1, max: order.length }) }),
);

describe('walk properties', () => {
  it('never leaves −1 … order.length, whatever the steps', () => {
    fc.assert(
      fc.property(walkArb, fc.array(fc.constantFrom('next' as const, 'previous' as const)), (start, steps) => {
        let walk: SpeakerWalk = start;
        for (const step of steps) {
          walk = walkSpeakers(walk, step);
          expect(walk.index).toBeGreaterThanOrEqual(-1);
          expect(walk.index).toBeLessThanOrEqual(walk.order.length);
          expect(walk.order).toBe(start.order);
        }
      }),
    );
  });

  it('next then previous, and previous then next, come back inside the bounds', () => {
    fc.assert(
      fc.property(walkArb, (walk) => {
        if (walk.index < walk.order.length) expect(walkSpeakers(walkSpeakers(walk, 'next'), 'previous')).toEqual(walk);
        if (walk.index > -1) expect(walkSpeakers(walkSpeakers(walk, 'previous'), 'next')).toEqual(walk);
      }),
    );
  });

  it('walking forward from the start hears everyone once, in order, then reviews', () => {
    fc.assert(
      fc.property(orderArb, (order) => {
        let walk = startWalk(order);
        const heard: string[] = [];
        for (let i = 0; i <= order.length; i++) {
          walk = walkSpeakers(walk, 'next');
          const speaker = currentSpeaker(walk);
          if (speaker !== null) heard.push(speaker);
        }
        expect(heard).toEqual(order);
        expect(scrumStep(walk).kind).toBe('blocked-review');
      }),
    );
  });
});
