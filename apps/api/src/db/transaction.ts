import type { Database } from './database.ts';

export type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];

// PostgreSQL's "could not serialize" and "deadlock detected", as Prisma reports them.
const RETRYABLE = new Set(['P2034', '40001', '40P01']);

/** A serialization failure or deadlock: the work rolled back and may simply be tried again. */
export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, kind, meta, cause } = error as {
    code?: string;
    kind?: string;
    meta?: { code?: string; driverAdapterError?: unknown };
    cause?: unknown;
  };
  return (
    (code !== undefined && RETRYABLE.has(code)) ||
    // The pg driver adapter reports both codes as this kind, inside meta.driverAdapterError (raw queries).
    kind === 'TransactionWriteConflict' ||
    (meta?.code !== undefined && RETRYABLE.has(meta.code)) ||
    (meta?.driverAdapterError !== undefined && isRetryable(meta.driverAdapterError)) ||
    (cause !== undefined && cause !== error && isRetryable(cause))
  );
}

interface TxContext {
  db: Database;
  afterCommit: (() => void)[];
}

// What each open transaction knows beyond Prisma's client: its database, and what to do once it
// has committed. Keyed by the transaction client, so use cases keep passing just `tx`.
const contexts = new WeakMap<Tx, TxContext>();

/** The database of a transaction started by inTransaction. */
export function txDatabase(tx: Tx): Database {
  const context = contexts.get(tx);
  if (!context) throw new Error('This transaction was not started by inTransaction');
  return context.db;
}

/**
 * Runs fn once the transaction has committed (never when it rolls back or is retried): for
 * effects others must only see after the data, such as telling live viewers about a change.
 */
export function afterCommit(tx: Tx, fn: () => void): void {
  const context = contexts.get(tx);
  if (!context) throw new Error('This transaction was not started by inTransaction');
  context.afterCommit.push(fn);
}

/**
 * Runs fn in one database transaction: every request that writes goes through here, so a
 * request either changes everything it meant to or nothing. Retries the rare deadlock.
 */
export async function inTransaction<T>(db: Database, fn: (tx: Tx) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const context: TxContext = { db, afterCommit: [] };
    let result: T;
    try {
      result = await db.prisma.$transaction(
        (tx) => {
          contexts.set(tx, context);
          return fn(tx);
        },
        { maxWait: 10_000, timeout: 20_000 },
      );
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      continue;
    }
    for (const effect of context.afterCommit) effect();
    return result;
  }
}

/**
 * Runs fn in a read-only REPEATABLE READ transaction: every query sees one snapshot, so a board
 * and its event sequence number read together always agree.
 */
export function inSnapshot<T>(db: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.prisma.$transaction(fn, { isolationLevel: 'RepeatableRead', maxWait: 10_000, timeout: 20_000 });
}

/** Row lock on a column: every write of a rank into a column holds it, so keys never collide. */
export async function lockColumn(tx: Tx, columnId: string) {
  const rows = await tx.$queryRaw<
    { id: string; boardId: string; name: string; wipLimit: number | null; wipHard: boolean }[]
  >`SELECT id, board_id AS "boardId", name, wip_limit AS "wipLimit", wip_hard AS "wipHard"
    FROM columns WHERE id = ${columnId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Row lock on a board: serialises writes of column ranks within it. */
export async function lockBoard(tx: Tx, boardId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM boards WHERE id = ${boardId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}
