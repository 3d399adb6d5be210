import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changesSince } from './changes.ts';

const PREVIOUS = '2026-03-02T09:00:00.000Z';
const BEFORE = '2026-02-27T15:00:00.000Z';
const AFTER = '2026-03-02T16:20:00.000Z';

describe('changesSince', () => {
  it('marks nothing before the first scrum', () => {
    expect(changesSince({ createdAt: AFTER, updatedAt: AFTER, columnEnteredAt: AFTER }, null)).toEqual({
      isNew: false,
      moved: false,
      edited: false,
    });
  });

  it('marks a card created since the previous scrum as new only', () => {
    expect(changesSince({ createdAt: AFTER, updatedAt: AFTER, columnEnteredAt: AFTER }, PREVIOUS)).toEqual({
      isNew: true,
      moved: false,
      edited: false,
    });
  });

  it('marks an older card that changed column as moved, even though the move also bumped updatedAt', () => {
    expect(changesSince({ createdAt: BEFORE, updatedAt: AFTER, columnEnteredAt: AFTER }, PREVIOUS)).toEqual({
      isNew: false,
      moved: true,
      edited: false,
    });
  });

  it('marks an older card changed in place as edited', () => {
    expect(changesSince({ createdAt: BEFORE, updatedAt: AFTER, columnEnteredAt: BEFORE }, PREVIOUS)).toEqual({
      isNew: false,
      moved: false,
      edited: true,
    });
  });

  it('marks nothing on an untouched card, nor on a change at the very instant the previous scrum began', () => {
    const untouched = { isNew: false, moved: false, edited: false };
    expect(changesSince({ createdAt: BEFORE, updatedAt: BEFORE, columnEnteredAt: BEFORE }, PREVIOUS)).toEqual(
      untouched,
    );
    expect(changesSince({ createdAt: PREVIOUS, updatedAt: PREVIOUS, columnEnteredAt: PREVIOUS }, PREVIOUS)).toEqual(
      untouched,
    );
    expect(
      changesSince({ createdAt: BEFORE, updatedAt: BEFORE, columnEnteredAt: BEFORE }, Date.parse(PREVIOUS) - 1),
    ).toEqual(untouched);
  });

  it('property: the flags are exclusive and each says which timestamp is after the previous scrum', () => {
    const t = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(t, t, t, fc.option(t, { nil: null }), (created, updated, entered, previous) => {
        const changes = changesSince({ createdAt: created, updatedAt: updated, columnEnteredAt: entered }, previous);
        const flags = [changes.isNew, changes.moved, changes.edited].filter(Boolean);
        expect(flags.length).toBeLessThanOrEqual(1);
        if (previous === null) {
          expect(flags).toHaveLength(0);
          return;
        }
        expect(changes.isNew).toBe(created > previous);
        expect(changes.moved).toBe(created <= previous && entered > previous);
        expect(changes.edited).toBe(created <= previous && entered <= previous && updated > previous);
        expect(flags.length === 1).toBe(Math.max(created, updated, entered) > previous);
      }),
    );
  });
});
