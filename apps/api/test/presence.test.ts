import { describe, expect, it } from 'vitest';
import type { PresenceNotice } from '../src/modules/events/bus.ts';
import { mergePresence } from '../src/modules/events/presence.ts';

const notice = (processId: string, viewers: string[], drags: PresenceNotice['drags'] = []): PresenceNotice => ({
  processId,
  boardId: 'b',
  viewers: viewers.map((name) => ({ userId: `u-${name}`, name })),
  drags,
});

describe('mergePresence', () => {
  it('lists each viewer once across processes, by name, with no drag', () => {
    const presence = mergePresence('b', [notice('p1', ['Zoe', 'Ann']), notice('p2', ['Ann', 'Bob'])]);
    expect(presence).toEqual({
      boardId: 'b',
      viewers: [
        { userId: 'u-Ann', name: 'Ann', draggingCardId: null },
        { userId: 'u-Bob', name: 'Bob', draggingCardId: null },
        { userId: 'u-Zoe', name: 'Zoe', draggingCardId: null },
      ],
    });
  });

  it('keeps the drag reported last, whichever process reported it', () => {
    const started = { userId: 'u-Ann', cardId: 'c1', at: 100 };
    const ended = { userId: 'u-Ann', cardId: null, at: 200 };
    for (const notices of [
      [notice('p1', ['Ann'], [ended]), notice('p2', [], [started])],
      [notice('p1', ['Ann'], [started]), notice('p2', [], [ended])],
    ]) {
      expect(mergePresence('b', notices).viewers).toEqual([{ userId: 'u-Ann', name: 'Ann', draggingCardId: null }]);
    }
    const later = { userId: 'u-Ann', cardId: 'c2', at: 300 };
    expect(mergePresence('b', [notice('p1', ['Ann'], [ended]), notice('p2', [], [later])]).viewers).toEqual([
      { userId: 'u-Ann', name: 'Ann', draggingCardId: 'c2' },
    ]);
  });

  it('ignores a drag of someone no longer viewing', () => {
    const drag = { userId: 'u-Gone', cardId: 'c1', at: 100 };
    expect(mergePresence('b', [notice('p1', ['Ann'], [drag])]).viewers).toEqual([
      { userId: 'u-Ann', name: 'Ann', draggingCardId: null },
    ]);
  });
});
