import type { Database } from './database.ts';

export type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];

// PostgreSQL's "could not serialize" and "deadlock detected", as Prisma reports them.
const RETRYABLE = new Set(['P2034', '40001', '40P01']);

function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta, cause } = error as { code?: string; meta?: { code?: string }; cause?: unknown };
  return (
    (code !== undefined && RETRYABLE.has(code)) ||
    (meta?.code !== undefined && RETRYABLE.has(meta.code)) ||
    (cause !== undefined && cause !== error && isRetryable(cause))
  );
}

/**
 * Runs fn in one database transaction: every request that writes goes through here, so a
 * request either changes everything it meant to or nothing. Retries the rare deadlock.
 */
export async function inTransaction<T>(db: Database, fn: (tx: Tx) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.prisma.$transaction(fn, { maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
    }
  }
}

/** Row lock on a column: every write of a rank into a column holds it, so keys never collide. */
export async function lockColumn(tx: Tx, columnId: string) {
  const rows = await tx.$queryRaw<{ id: string; board_id: string; name: string; wip_limit: number | null }[]>`
    SELECT id, board_id, name, wip_limit FROM columns WHERE id = ${columnId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

/** Row lock on a board: serialises writes of column ranks within it. */
export async function lockBoard(tx: Tx, boardId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM boards WHERE id = ${boardId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}
