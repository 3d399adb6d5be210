import { describe, expect, it } from 'vitest';
import { chunksOf } from '../src/modules/events/frames.ts';
import type { StoredEvent } from '../src/modules/events/record.ts';

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
