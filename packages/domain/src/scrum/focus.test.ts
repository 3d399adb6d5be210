import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardFocus } from './focus.ts';

const ana = { id: 'u-ana', name: 'Ana Lee' };

describe('cardFocus', () => {
  it('leaves every card normal when nobody is speaking', () => {
    expect(cardFocus({ assigneeId: 'u-ana' }, null)).toBe('normal');
    expect(cardFocus({ assignee: null }, null)).toBe('normal');
    expect(cardFocus({}, null)).toBe('normal');
  });

  it("highlights the speaker's cards by assignee id and dims the others", () => {
    expect(cardFocus({ assigneeId: 'u-ana' }, ana)).toBe('highlight');
    expect(cardFocus({ assigneeId: 'u-ben' }, ana)).toBe('dim');
  });

  it('dims unassigned cards while someone speaks', () => {
    expect(cardFocus({}, ana)).toBe('dim');
    expect(cardFocus({ assigneeId: null, assignee: null }, ana)).toBe('dim');
    expect(cardFocus({ assigneeId: '', assignee: '   ' }, ana)).toBe('dim');
  });

  it('matches a free-text assignee to the speaker name, ignoring case, spacing and accent encoding', () => {
    expect(cardFocus({ assignee: 'Ana Lee' }, ana)).toBe('highlight');
    expect(cardFocus({ assignee: '  ana   lee ' }, ana)).toBe('highlight');
    expect(cardFocus({ assignee: 'Zoe\u0301' }, { id: 'u-zoe', name: 'Zoé' })).toBe('highlight');
    expect(cardFocus({ assignee: 'Ana' }, ana)).toBe('dim');
    expect(cardFocus({ assignee: 'Ana Lee' }, { id: 'u-ana' })).toBe('dim');
  });

  it('lets the assignee id decide when the card has one', () => {
    expect(cardFocus({ assigneeId: 'u-ben', assignee: 'Ana Lee' }, ana)).toBe('dim');
    expect(cardFocus({ assigneeId: '', assignee: 'Ana Lee' }, ana)).toBe('highlight');
  });

  it('property: while someone speaks, a card assigned within the team lights up for exactly one member', () => {
    const team = ['u1', 'u2', 'u3', 'u4'].map((id) => ({ id, name: `Member ${id}` }));
    fc.assert(
      fc.property(
        fc.constantFrom(...team),
        fc.boolean(),
        fc.option(fc.string({ maxLength: 8 }), { nil: null }),
        (owner, byId, name) => {
          const card = byId ? { assigneeId: owner.id, assignee: name } : { assignee: ` ${owner.name.toUpperCase()} ` };
          const focus = team.map((speaker) => cardFocus(card, speaker));
          expect(focus.filter((f) => f === 'highlight')).toHaveLength(1);
          expect(focus.includes('normal')).toBe(false);
          expect(cardFocus(card, null)).toBe('normal');
        },
      ),
    );
  });
});
