import type { PlannedCard, Sprint } from '@echoboard/contracts';
import { describe, expect, it } from 'vitest';
import { makeCard } from '../test/fixtures.ts';
import { listOfCard, type PlanSnapshot, placeInList, plannedSprints, previewedPlan, putBack } from './planLists.ts';

const planned = (title: string): PlannedCard =>
  ({ ...makeCard({ title }), boardId: null, columnId: null }) as unknown as PlannedCard;

describe('placeInList', () => {
  it('takes the card out of its list and puts it between the named neighbours', () => {
    const lists = { backlog: ['a', 'b', 'c'], sprint: ['x', 'y'] };
    expect(placeInList(lists, { cardId: 'b', to: 'sprint', afterCardId: 'x', beforeCardId: 'y' })).toEqual({
      backlog: ['a', 'c'],
      sprint: ['x', 'b', 'y'],
    });
    expect(placeInList(lists, { cardId: 'y', to: 'backlog', afterCardId: null, beforeCardId: 'a' })).toEqual({
      backlog: ['y', 'a', 'b', 'c'],
      sprint: ['x'],
    });
    expect(placeInList(lists, { cardId: 'a', to: 'backlog', afterCardId: 'c', beforeCardId: null }).backlog).toEqual([
      'b',
      'c',
      'a',
    ]);
  });
});

describe('previewedPlan', () => {
  it('shows the card at the index of the other list, clamped to its end, and knows where it now is', () => {
    const s = { planIds: { backlog: ['a', 'b'], sprint: ['x'] } };
    const next = previewedPlan(s, 'a', 'sprint', 5);
    expect(next?.planIds).toEqual({ backlog: ['b'], sprint: ['x', 'a'] });
    expect(next && listOfCard(next, 'a')).toBe('sprint');
    expect(previewedPlan(s, 'b', 'backlog', -1)?.planIds.backlog).toEqual(['b', 'a']);
  });

  it('changes nothing for a card in neither list', () => {
    expect(previewedPlan({ planIds: { backlog: ['a'], sprint: [] } }, 'gone', 'sprint', 0)).toBeNull();
  });
});

describe('plannedSprints', () => {
  it('offers only the sprints that are still planned, in the order given', () => {
    const sprint = (id: string, state: Sprint['state']) => ({ id, state }) as Sprint;
    const sprints = [
      sprint('s1', 'completed'),
      sprint('s2', 'planned'),
      sprint('s3', 'active'),
      sprint('s4', 'planned'),
    ];
    expect(plannedSprints(sprints).map((sp) => sp.id)).toEqual(['s2', 's4']);
  });
});

describe('putBack', () => {
  it('keeps others’ changes that arrived during the drag when it puts the card back', () => {
    const [a, b, c] = [planned('Brief'), planned('Copy'), planned('Ads')];
    const before: PlanSnapshot = {
      planCardsById: { [a.id]: a, [b.id]: b, [c.id]: c },
      planIds: { backlog: [a.id, b.id], sprint: [c.id] },
    };
    const d = planned('Late');
    // The drop showed C in the backlog; meanwhile someone's new card D arrived at the end.
    const now = {
      planCardsById: { ...before.planCardsById, [d.id]: d },
      planIds: { backlog: [c.id, a.id, b.id, d.id], sprint: [] },
    };
    expect(putBack(now, before, c.id).planIds).toEqual({ backlog: [a.id, b.id, d.id], sprint: [c.id] });
    // If C itself changed meanwhile, its own event placed it: it stays.
    const changed = { ...now, planCardsById: { ...now.planCardsById, [c.id]: { ...c, version: 2 } } };
    expect(putBack(changed, before, c.id)).toBe(changed);
  });
});
