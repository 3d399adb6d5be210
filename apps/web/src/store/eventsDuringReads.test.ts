import type { BoardEvent } from '@echoboard/contracts';
import { describe, expect, it } from 'vitest';
import { BOARD_ID, deferred } from '../test/fixtures.ts';
import { catchingEvents, heardDuringReads } from './eventsDuringReads.ts';

const removed = (seq: number): BoardEvent => ({
  seq,
  boardId: BOARD_ID,
  at: '2026-11-23T09:00:00.000Z',
  actor: null,
  type: 'plan.removed',
  cardId: `card-${seq}`,
});

/** A read the test finishes when it wants, hearing events in between. */
function pendingRead() {
  const answer = deferred<string>();
  return { read: catchingEvents(() => answer.promise), finish: answer.resolve };
}

describe('catchingEvents', () => {
  it('gives a read the events heard while it was in flight, and none from before or after', async () => {
    heardDuringReads(removed(1));
    const { read, finish } = pendingRead();
    heardDuringReads(removed(2));
    finish('lists');
    const { value, missed } = await read;
    heardDuringReads(removed(3));
    expect(value).toBe('lists');
    expect(missed.map((e) => e.seq)).toEqual([2]);
  });

  it('gives each of two overlapping reads only what it was in flight for', async () => {
    const first = pendingRead();
    heardDuringReads(removed(1));
    const second = pendingRead();
    heardDuringReads(removed(2));
    first.finish('backlog');
    const firstDone = await first.read;
    heardDuringReads(removed(3));
    second.finish('sprint');
    expect(firstDone.missed.map((e) => e.seq)).toEqual([1, 2]);
    expect((await second.read).missed.map((e) => e.seq)).toEqual([2, 3]);
  });
});
