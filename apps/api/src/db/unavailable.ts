// PostgreSQL: admin/crash shutdown, cannot connect now, connection exceptions, too many connections.
const PG_CODES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
// Prisma: cannot reach the server, timed out, connection closed, pool timeout, transaction closed.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
// Prisma's driver adapters classify the socket's errors by kind (meta.driverAdapterError.cause).
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// node-postgres and the socket say it in words only.
const MESSAGES =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|Client has encountered a connection error|Cannot use a pool after calling end|terminating connection/i;

/**
 * Whether an error means the database is unreachable or dropped our connection, rather than a
 * bug: the request is answered 503 with Retry-After, and the client may try again. Looks through
 * the wrappers (Prisma's meta and cause, the adapter's error) a few levels deep.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { kind, code, message, meta, cause } = error as {
    kind?: unknown;
    code?: unknown;
    message?: unknown;
    meta?: { code?: unknown; driverAdapterError?: unknown };
    cause?: unknown;
  };
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  if (typeof code === 'string' && (PG_CODES.has(code) || PRISMA_CODES.has(code))) return true;
  if (typeof meta?.code === 'string' && PG_CODES.has(meta.code)) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  return (
    (meta?.driverAdapterError !== undefined && isDatabaseUnavailable(meta.driverAdapterError, depth + 1)) ||
    (cause !== undefined && cause !== error && isDatabaseUnavailable(cause, depth + 1))
  );
}
