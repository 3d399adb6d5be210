import { describe, expect, it } from 'vitest';
import type { PresenceNotice } from '../src/modules/events/bus.ts';
import { chunksOf } from '../src/modules/events/frames.ts';
import { mergePresence } from '../src/modules/events/presence.ts';
import type { StoredEvent } from '../src/modules/events/record.ts';

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

describe('chunksOf', () => {
  const event = (seq: number, type: StoredEvent['type'] = 'card.deleted'): StoredEvent => ({
    seq,
    type,
    json: `{"seq":${seq}}`,
  });

  it('frames the events from a start index as one write, with the seq it reaches', () => {
    const chunks = chunksOf([event(4), event(5), event(6)]);
    const chunk = chunks(1);
    expect(chunk.bytes.toString()).toBe(
      'id: 5\nevent: board\ndata: {"seq":5}\n\nid: 6\nevent: board\ndata: {"seq":6}\n\n',
    );
    expect(chunk).toMatchObject({ lastSeq: 6, ends: false });
    expect(chunks(1)).toBe(chunk);
  });

  it('stops at the board deletion and says the stream ends there', () => {
    const chunk = chunksOf([event(1), event(2, 'board.deleted'), event(3)])(0);
    expect(chunk).toMatchObject({ lastSeq: 2, ends: true });
    expect(chunk.bytes.toString()).not.toContain('id: 3');
  });
});
