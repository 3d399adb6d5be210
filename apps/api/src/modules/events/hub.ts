import { randomUUID } from 'node:crypto';
import type { Presence } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import type { Bus, PresenceNotice } from './bus.ts';
import { type Chunk, chunksOf, frame } from './frames.ts';
import { mergePresence } from './presence.ts';
import { readStoredEvents, type StoredEvent } from './record.ts';

/** A stream further behind than this is told to reload instead of catching up event by event. */
export const MAX_CATCH_UP = 1000;
const READ_BATCH = 500;
/**
 * A room busy with notifications reads its new events at most every readInterval ms. Each read
 * costs every stream one socket write however many events it brings (and wakes every viewer), so
 * under a stream of moves (a board's batches commit every few ms) a room spends about
 * WRITE_BUDGET writes a second whatever its audience: a team's handful of streams is read every
 * 10 ms, 50 streams every 50 ms. A quiet room still reads at once, so a lone move is not delayed.
 * Measured with 50 viewers of a board taking 1,500–1,800 moves a second on two cores: read every
 * 25 ms they cost it 22–23% of its moves, every 50 ms 17–20%, and an event still reaches every
 * stream well inside 100 ms at p95 (57 ms on PostgreSQL; docs/benchmarks.md).
 */
const WRITE_BUDGET = 1000;
const READ_INTERVAL_MS = { min: 10, max: 50 };
const readInterval = (streams: number) =>
  Math.min(READ_INTERVAL_MS.max, Math.max(READ_INTERVAL_MS.min, (streams * 1000) / WRITE_BUDGET));
export const HEARTBEAT_MS = 15_000;
const ANNOUNCE_MS = 10_000;
const NOTICE_TTL_MS = 30_000;

export interface Viewer {
  id: string;
  name: string;
}

/** One open SSE stream: it writes frames, never waits on the client. */
export interface Subscriber {
  user: Viewer;
  /** The session the stream was opened with; checked again while the stream stays open. */
  sessionId?: string;
  /** The last seq written to this stream; only ever the next one is written after it. */
  lastSeq: number;
  /** Writes a chunk; false when the stream is gone or was dropped for being too slow. */
  write(chunk: string | Uint8Array): boolean;
  end(): void;
}

interface Room {
  boardId: string;
  subscribers: Set<Subscriber>;
  drags: Map<string, { cardId: string | null; at: number }>;
  /** Other processes' latest notices for this board, by process id. */
  remote: Map<string, { notice: PresenceNotice; expires: number }>;
  pumping: boolean;
  again: boolean;
  presence: string;
}

/**
 * Fans a board's events and presence out to this process's open streams. Each notification
 * ("board B has events up to seq S") makes the board's room read the new rows once and write each
 * stream exactly the events after its own last seq, in order; reads of one room never overlap.
 */
export class Hub {
  readonly processId = randomUUID();
  private readonly rooms = new Map<string, Room>();
  private readonly timers: NodeJS.Timeout[] = [];
  private closing = false;

  constructor(
    private readonly db: Database,
    private readonly bus: Bus,
    private readonly log: { error(obj: object, msg: string): void },
    /** Which of a board's open streams' sessions may still watch it (all, when not given). */
    private readonly stillViewing?: (boardId: string, sessionIds: string[]) => Promise<Set<string>>,
  ) {}

  async start() {
    await this.bus.start({
      events: (boardId) => {
        const room = this.rooms.get(boardId);
        if (room) void this.pump(room);
      },
      presence: (notice) => this.onNotice(notice),
      reconnected: () => {
        for (const room of this.rooms.values()) {
          void this.pump(room);
          void this.announce(room);
        }
      },
    });
    this.timers.push(
      setInterval(() => {
        for (const room of this.rooms.values()) {
          for (const subscriber of room.subscribers) if (!subscriber.write(frame.ping)) this.leave(room, subscriber);
          // Also a safety net: a notification lost on the way only delays delivery to the next ping.
          void this.pump(room);
        }
        void this.recheckSessions();
      }, HEARTBEAT_MS),
      setInterval(() => {
        for (const room of this.rooms.values()) {
          this.expire(room);
          void this.announce(room);
        }
      }, ANNOUNCE_MS),
    );
    for (const timer of this.timers) timer.unref();
  }

  private room(boardId: string): Room {
    let room = this.rooms.get(boardId);
    if (!room) {
      room = {
        boardId,
        subscribers: new Set(),
        drags: new Map(),
        remote: new Map(),
        pumping: false,
        again: false,
        presence: '',
      };
      this.rooms.set(boardId, room);
    }
    return room;
  }

  /** Adds a stream that has applied everything up to subscriber.lastSeq; returns how to remove it. */
  join(boardId: string, subscriber: Subscriber): () => void {
    const room = this.room(boardId);
    room.subscribers.add(subscriber);
    subscriber.write(frame.presence(this.presenceOf(room)));
    this.presenceChanged(room);
    void this.pump(room);
    return () => this.leave(room, subscriber);
  }

  private leave(room: Room, subscriber: Subscriber) {
    if (!room.subscribers.delete(subscriber)) return;
    subscriber.end();
    const stillHere = [...room.subscribers].some((s) => s.user.id === subscriber.user.id);
    if (!stillHere) room.drags.delete(subscriber.user.id);
    this.presenceChanged(room);
    if (room.subscribers.size === 0 && room.remote.size === 0) this.rooms.delete(room.boardId);
  }

  /**
   * Ends the streams of viewers who signed out, whose session ran out or who left the team since
   * their stream opened: a board stays open for hours, and must not outlive the right to see it.
   */
  async recheckSessions(): Promise<void> {
    if (!this.stillViewing) return;
    for (const room of [...this.rooms.values()]) {
      const checked = [...room.subscribers].filter((s) => s.sessionId !== undefined);
      if (checked.length === 0) continue;
      try {
        const allowed = await this.stillViewing(room.boardId, [...new Set(checked.map((s) => s.sessionId!))]);
        for (const subscriber of checked) {
          if (allowed.has(subscriber.sessionId!)) continue;
          subscriber.write(frame.ended);
          this.leave(room, subscriber);
        }
      } catch (err) {
        this.log.error({ err }, `live updates: checking the viewers of board ${room.boardId} failed`);
      }
    }
  }

  setDragging(boardId: string, user: Viewer, cardId: string | null) {
    const room = this.room(boardId);
    room.drags.set(user.id, { cardId, at: Date.now() });
    this.presenceChanged(room);
  }

  private async pump(room: Room): Promise<void> {
    if (room.pumping) {
      room.again = true;
      return;
    }
    room.pumping = true;
    try {
      do {
        room.again = false;
        const began = Date.now();
        for (;;) {
          const subscribers = [...room.subscribers];
          if (subscribers.length === 0) break;
          const from = Math.min(...subscribers.map((s) => s.lastSeq));
          const events = await readStoredEvents(this.db, room.boardId, from, READ_BATCH);
          const chunks = chunksOf(events);
          for (const subscriber of subscribers) this.deliver(room, subscriber, events, chunks);
          if (events.length < READ_BATCH) break;
        }
        // More arrived meanwhile: under a stream of moves, read at most every readInterval.
        const wait = began + readInterval(room.subscribers.size) - Date.now();
        if (room.again && wait > 0) await new Promise((done) => setTimeout(done, wait));
      } while (room.again);
    } catch (err) {
      this.log.error({ err }, `live updates: reading events of board ${room.boardId} failed`);
    } finally {
      room.pumping = false;
    }
  }

  /** Writes a stream the events after its last seq, in one write, or tells it to reload. */
  private deliver(room: Room, subscriber: Subscriber, events: StoredEvent[], chunks: (start: number) => Chunk) {
    const start = events.findIndex((event) => event.seq > subscriber.lastSeq);
    if (start === -1) return;
    if (events[start]!.seq !== subscriber.lastSeq + 1) {
      // The events it needs were trimmed from the history: it must reload.
      subscriber.write(frame.reset);
      this.leave(room, subscriber);
      return;
    }
    const chunk = chunks(start);
    if (!subscriber.write(chunk.bytes)) {
      this.leave(room, subscriber);
      return;
    }
    subscriber.lastSeq = chunk.lastSeq;
    if (chunk.ends) this.leave(room, subscriber);
  }

  private localNotice(room: Room): PresenceNotice {
    const viewers = new Map<string, { userId: string; name: string }>();
    for (const { user } of room.subscribers) viewers.set(user.id, { userId: user.id, name: user.name });
    const drags = [...room.drags].map(([userId, drag]) => ({ userId, ...drag }));
    return { processId: this.processId, boardId: room.boardId, viewers: [...viewers.values()], drags };
  }

  /** Everyone viewing the board in any process; for each, the drag reported last anywhere. */
  presenceOf(room: Room): Presence {
    const now = Date.now();
    const remote = [...room.remote.values()].filter((r) => r.expires > now).map((r) => r.notice);
    return mergePresence(room.boardId, [this.localNotice(room), ...remote]);
  }

  /** Sends the presence frame to local streams if it changed; tells other processes about ours. */
  private presenceChanged(room: Room, announce = true) {
    this.broadcastPresence(room);
    if (announce) void this.announce(room);
  }

  private broadcastPresence(room: Room) {
    const presence = this.presenceOf(room);
    const json = JSON.stringify(presence);
    if (json === room.presence) return;
    room.presence = json;
    const chunk = frame.presence(presence);
    for (const subscriber of room.subscribers) if (!subscriber.write(chunk)) this.leave(room, subscriber);
  }

  private async announce(room: Room) {
    try {
      await this.bus.publishPresence(this.localNotice(room));
    } catch (err) {
      this.log.error({ err }, 'live updates: announcing presence failed');
    }
  }

  private onNotice(notice: PresenceNotice) {
    if (notice.processId === this.processId || this.closing) return;
    const room =
      notice.viewers.length || notice.drags.length ? this.room(notice.boardId) : this.rooms.get(notice.boardId);
    if (!room) return;
    if (notice.viewers.length || notice.drags.length) {
      room.remote.set(notice.processId, { notice, expires: Date.now() + NOTICE_TTL_MS });
    } else {
      room.remote.delete(notice.processId);
    }
    this.broadcastPresence(room);
    if (room.subscribers.size === 0 && room.remote.size === 0) this.rooms.delete(room.boardId);
  }

  private expire(room: Room) {
    const now = Date.now();
    for (const [processId, remote] of room.remote) if (remote.expires <= now) room.remote.delete(processId);
    for (const [userId, drag] of room.drags) if (now - drag.at > 10 * 60_000) room.drags.delete(userId);
    this.broadcastPresence(room);
    if (room.subscribers.size === 0 && room.remote.size === 0 && room.drags.size === 0) {
      this.rooms.delete(room.boardId);
    }
  }

  /** Ends every stream (server shutdown): clients reconnect, to another process or this one restarted. */
  endStreams() {
    this.closing = true;
    for (const room of this.rooms.values()) {
      for (const subscriber of room.subscribers) subscriber.end();
      room.subscribers.clear();
    }
  }

  async close() {
    for (const timer of this.timers) clearInterval(timer);
    // Tell the other processes at once that our viewers left, rather than after the TTL.
    await Promise.all(
      [...this.rooms.values()].map((room) =>
        this.bus
          .publishPresence({ processId: this.processId, boardId: room.boardId, viewers: [], drags: [] })
          .catch(() => {}),
      ),
    );
    this.rooms.clear();
    await this.bus.close();
  }
}
