import type { SqlRunner } from './database.ts';
import type { Tx } from './transaction.ts';

/** Plain statements on the pool, on the embedded database or inside a transaction. */
export type Statements = Pick<SqlRunner, 'query'>;

/** Statements inside a Prisma interactive transaction. */
export const statementsOf = (tx: Tx): Statements => ({
  query: <T>(text: string, params: unknown[] = []) => tx.$queryRawUnsafe<T[]>(text, ...params),
});

/** A json or jsonb value a statement returned: PGlite and node-postgres parse it, an adapter may not. */
export const parseJson = <T>(value: T | string | null): T | null =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;
