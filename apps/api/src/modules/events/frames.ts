import type { Presence } from '@echoboard/contracts';
import type { StoredEvent } from './record.ts';

// Server-sent events as the board streams write them (events.routes.ts opens them, hub.ts fans out).

/** A client that has not taken this much of its stream is dead or too slow: drop it; it reconnects. */
const MAX_BUFFERED = 1024 * 1024;

export const frame = {
  event: (event: StoredEvent) => `id: ${event.seq}\nevent: board\ndata: ${event.json}\n\n`,
  presence: (presence: Presence) => `event: presence\ndata: ${JSON.stringify(presence)}\n\n`,
  reset: 'event: reset\ndata: {}\n\n',
  /** The viewer signed out, their session ended or they left the team: do not reconnect. */
  ended: 'event: ended\ndata: {}\n\n',
  ping: ': ping\n\n',
};

/**
 * The frames of a read's events from index `start` on, up to the board's deletion (after which a
 * stream ends), encoded once: a stream gets one write per read, not one per event. Each event's
 * stored JSON is framed once and each chunk built once, however many streams it goes to (most are
 * at the same seq).
 */
export function chunksOf(events: StoredEvent[]): (start: number) => Chunk {
  const frames = events.map(frame.event);
  const built = new Map<number, Chunk>();
  return (start) => {
    let chunk = built.get(start);
    if (chunk === undefined) {
      const deleted = events.findIndex((event, i) => i >= start && event.type === 'board.deleted');
      const last = deleted === -1 ? events.length - 1 : deleted;
      chunk = {
        bytes: Buffer.from(frames.slice(start, last + 1).join('')),
        lastSeq: events[last]!.seq,
        ends: deleted !== -1,
      };
      built.set(start, chunk);
    }
    return chunk;
  };
}

/** What one read sends a stream: the frames, the seq it reaches, and whether the stream ends there. */
export interface Chunk {
  /** Encoded once: every stream at this seq is written the same bytes. */
  bytes: Buffer;
  lastSeq: number;
  ends: boolean;
}

/** A stream over a Node response; a slow reader is cut off rather than buffered without end. */
export function streamWriter(raw: NodeJS.WritableStream & { writableLength: number; destroyed: boolean }) {
  return (chunk: string | Uint8Array) => {
    if (raw.destroyed) return false;
    raw.write(chunk);
    if (raw.writableLength > MAX_BUFFERED) {
      (raw as unknown as { destroy(): void }).destroy();
      return false;
    }
    return true;
  };
}
