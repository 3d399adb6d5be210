import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_LIMITS, checkChecklistRoom, checklistProgress, groupChecklists, moveToIndex } from './checklist.ts';
import { labelColorOf } from './label-colors.ts';

const item = (id: string, checklist: string, done = false) => ({ id, checklist, done });

describe('checklists', () => {
  it('counts done items out of all', () => {
    expect(checklistProgress([item('a', 'X', true), item('b', 'X'), item('c', 'Y', true)])).toEqual({
      done: 2,
      total: 3,
    });
    expect(checklistProgress([])).toEqual({ done: 0, total: 0 });
  });

  it('groups items by checklist name in the order each checklist first appears', () => {
    const groups = groupChecklists([item('a', 'Launch'), item('b', 'QA', true), item('c', 'Launch', true)]);
    expect(groups.map((g) => [g.name, g.items.map((i) => i.id), g.done])).toEqual([
      ['Launch', ['a', 'c'], 1],
      ['QA', ['b'], 1],
    ]);
  });

  it('allows items up to the limit and refuses the next with CHECKLIST_FULL', () => {
    expect(checkChecklistRoom(CHECKLIST_LIMITS.itemsMax - 1).ok).toBe(true);
    const full = checkChecklistRoom(CHECKLIST_LIMITS.itemsMax);
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.error.code).toBe('CHECKLIST_FULL');
  });

  it('moves an item to a new index, clamping past either end', () => {
    expect(moveToIndex(['a', 'b', 'c'], 'c', 0)).toEqual({ ok: true, value: ['c', 'a', 'b'] });
    expect(moveToIndex(['a', 'b', 'c'], 'a', 99)).toEqual({ ok: true, value: ['b', 'c', 'a'] });
    expect(moveToIndex(['a', 'b', 'c'], 'b', -3)).toEqual({ ok: true, value: ['b', 'a', 'c'] });
    expect(moveToIndex(['a'], 'z', 0).ok).toBe(false);
  });

  it('keeps every item exactly once and puts the moved one where asked', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.integer(),
        (ids, pick, to) => {
          const id = ids[pick % ids.length]!;
          const moved = moveToIndex(ids, id, to);
          if (!moved.ok) return false;
          const clamped = Math.max(0, Math.min(to, ids.length - 1));
          return (
            moved.value.length === ids.length &&
            [...moved.value].sort().join() === [...ids].sort().join() &&
            moved.value[clamped] === id
          );
        },
      ),
    );
  });
});

describe('label colours', () => {
  it("finds a label's colour, maps Trello's shades to their base and ignores unknown names", () => {
    const colors = { SEO: 'green', Launch: 'red_dark', Odd: 'none' };
    expect(labelColorOf(colors, 'SEO')).toBe('green');
    expect(labelColorOf(colors, 'Launch')).toBe('red');
    expect(labelColorOf(colors, 'Odd')).toBeNull();
    expect(labelColorOf(colors, 'Missing')).toBeNull();
  });
});
