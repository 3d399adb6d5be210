import type { BoardEvent } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import type { Statements } from '../../db/statements.ts';
import { afterCommit, type Tx, txDatabase } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type { AuthUser } from '../auth/sessions.ts';

type Envelope = 'seq' | 'boardId' | 'at' | 'actor';
/** A BoardEvent before it has its place in the board's history. */
export type NewEvent = BoardEvent extends infer E ? (E extends BoardEvent ? Omit<E, Envelope> : never) : never;
export type Actor = BoardEvent['actor'];

type Person = Pick<AuthUser, 'id' | 'name'>;

/** Who an event says did it: a signed-in person, or no one (null). */
export function actorOf(user: Person): NonNullable<Actor>;
export function actorOf(user: Person | null): Actor;
export function actorOf(user: Person | null): Actor {
  return user ? { userId: user.id, name: user.name } : null;
}

/** NOTIFY channel whose payload is `<boardId>:<latest seq>`; listeners read the events themselves. */
export const EVENTS_CHANNEL = 'board_events';
/**
 * Events kept per board, and every event since its active sprint started; a client further behind
 * than that gets `reset` and reloads.
 */
export const HISTORY_KEPT = 5000;
const TRIM_EVERY = 100;

/** Seqs first..last of a board were committed (last: the board's latest). */
type Committed = (boardId: string, seqs: { first: number; last: number }) => void;
const committedListeners = new WeakMap<Database, Set<Committed>>();

/** Calls listener after every commit that recorded events on this database (in this process). */
export function onEventsCommitted(db: Database, listener: Committed): () => void {
  const set = committedListeners.get(db) ?? new Set();
  committedListeners.set(db, set);
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Appends events to a board's history inside the transaction that made the change. Bumping
 * boards.event_seq takes the board row's lock until commit, so writers of one board take their
 * numbers one after another: seqs are gap-free and commit in order. On PostgreSQL the NOTIFY is
 * sent by the same transaction, so it is delivered exactly when (and only if) the change commits.
 */
export async function recordEvents(
  tx: Tx,
  boardId: string,
  actor: Actor,
  events: NewEvent[],
  /** at: when they happened, for history written after the fact (the demo's); now by default. */
  options: { at?: Date } = {},
): Promise<BoardEvent[]> {
  if (events.length === 0) return [];
  const rows = await tx.$queryRaw<{ event_seq: number }[]>`
    UPDATE boards SET event_seq = event_seq + ${events.length}::int WHERE id = ${boardId}::uuid RETURNING event_seq`;
  const last = rows[0]?.event_seq;
  if (last === undefined) throw notFound('BOARD_NOT_FOUND', boardId);
  const first = last - events.length + 1;
  const at = (options.at ?? new Date()).toISOString();
  const recorded = events.map((event, i) => ({ ...event, seq: first + i, boardId, at, actor }) as BoardEvent);
  await tx.boardEvent.createMany({
    data: recorded.map((event) => ({
      boardId,
      seq: event.seq,
      type: event.type,
      payload: event,
      // The transaction's time by default: the burndown cuts history by transaction (burndown-history.ts).
      createdAt: options.at,
    })),
  });
  if (txDatabase(tx).kind === 'postgres') {
    await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${`${boardId}:${last}`})`;
  }
  eventsRecorded(tx, boardId, first, last);
  return recorded;
}

/**
 * Tells this process's listeners, once the transaction has committed, that it appended seqs
 * first..last to a board's history (the NOTIFY is the writer's part). Seqs written by a statement
 * that committed on its own: eventsCommitted.
 */
export function eventsRecorded(tx: Tx, boardId: string, first: number, last: number): void {
  const db = txDatabase(tx);
  afterCommit(tx, () => eventsCommitted(db, { boardId, first, last }));
}

/** Tells this process's listeners that seqs first..last of a board have been committed. */
export function eventsCommitted(db: Database, seqs: { boardId: string; first: number; last: number }): void {
  const { boardId, first, last } = seqs;
  for (const listener of committedListeners.get(db) ?? []) listener(boardId, { first, last });
}

const trims = (first: number, last: number) =>
  Math.floor(last / TRIM_EVERY) > Math.floor((first - 1) / TRIM_EVERY) && last > HISTORY_KEPT;

/**
 * Keeps every board's history bounded without a background job: after a commit that takes a
 * board's seq past a multiple of TRIM_EVERY, deletes its events older than the newest
 * HISTORY_KEPT, except a running sprint's (the sprint's length bounds those). The trim runs
 * after the commit, outside the change's transaction, so a failed trim never fails a change: it
 * is logged, and the next trim deletes what this one left.
 * `stop` waits for the trims under way.
 */
export function keepHistoryBounded(db: Database, log: { error(obj: object, msg: string): void }) {
  const running = new Set<Promise<void>>();
  const stopListening = onEventsCommitted(db, (boardId, { first, last }) => {
    if (!trims(first, last)) return;
    const trim = trimHistory(db.sql, boardId, last)
      .then(
        () => {},
        (err: unknown) => log.error({ err }, `live updates: trimming the event history of board ${boardId} failed`),
      )
      .finally(() => running.delete(trim));
    running.add(trim);
  });
  return {
    stop: async () => {
      stopListening();
      await Promise.all(running);
    },
  };
}

/**
 * Deletes a board's events older than the newest HISTORY_KEPT up to seq `last`, but none from the
 * start of the board's active sprint on: its burndown is replayed from them (burndown-history.ts)
 * until it completes and its record keeps it. The start's events share its mark's created_at.
 */
const trimHistory = (run: Statements, boardId: string, last: number) =>
  run.query(
    `DELETE FROM board_events WHERE board_id = $1::uuid AND seq <= $2::int
       AND created_at < COALESCE((
         SELECT min(mark.created_at) FROM board_events mark
           JOIN sprints sprint ON sprint.id::text = mark.payload->'sprint'->>'id' AND sprint.state = 'active'
          WHERE mark.board_id = $1::uuid AND mark.type = 'sprint.updated'
            AND mark.payload->'sprint'->>'state' = 'active'), 'infinity')`,
    [boardId, last - HISTORY_KEPT],
  );

/** An event as the streams send it: its seq and type, and its JSON as stored (never parsed here). */
export interface StoredEvent {
  seq: number;
  type: BoardEvent['type'];
  json: string;
}

/**
 * The board's events after `after`, as stored: the live streams send the text on as it is, so an
 * event costs the server no parse and no serialisation however many moves a second a board takes.
 */
export function readStoredEvents(db: Database, boardId: string, after: number, limit: number): Promise<StoredEvent[]> {
  return db.sql.query<StoredEvent>(
    'SELECT seq, type, payload::text AS json FROM board_events WHERE board_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [boardId, after, limit],
  );
}

/** The board's latest seq and the oldest one still kept (null: no history kept), or null if no such board. */
export async function historyBounds(db: Database, boardId: string) {
  const rows = await db.sql.query<{ latest: number | null; oldest: number | null }>(
    `SELECT (SELECT event_seq FROM boards WHERE id = $1) AS latest,
            (SELECT min(seq) FROM board_events WHERE board_id = $1) AS oldest`,
    [boardId],
  );
  return rows[0] ?? { latest: null, oldest: null };
}
