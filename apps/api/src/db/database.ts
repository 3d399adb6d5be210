import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/prisma/client.ts';

/** Plain SQL access beside Prisma, for migrations and the few statements Prisma cannot express. */
export interface SqlRunner {
  /** Runs a script (several statements, no parameters). */
  exec(sql: string): Promise<void>;
  /**
   * One statement. A `name` prepares it once per connection where the driver can (PostgreSQL):
   * for the hottest statements, which then skip parsing and planning (a card move's read: 0.2 ms
   * of the server's CPU unnamed, 0.08 ms named). A name must always go with the same text.
   */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[], name?: string): Promise<T[]>;
  /** Runs fn on one connection inside BEGIN/COMMIT; ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Omit<SqlRunner, 'transaction'>) => Promise<T>): Promise<T>;
}

export interface Database {
  kind: 'embedded' | 'postgres';
  /** PostgreSQL only: for connections of their own, such as the LISTEN connection of live updates. */
  connectionString?: string;
  prisma: PrismaClient;
  sql: SqlRunner;
  close(): Promise<void>;
}

type Runner = Omit<SqlRunner, 'transaction'>;

/** The statement half of a SqlRunner over anything with a pg-style query(text, params[, name]). */
function runner(run: (text: string, params?: unknown[], name?: string) => Promise<{ rows: unknown[] }>): Runner {
  return {
    exec: async (text) => {
      await run(text);
    },
    query: async <T>(text: string, params: unknown[] = [], name?: string) =>
      (await run(text, params, name)).rows as T[],
  };
}

/** node-postgres's query with a name when there is one (a prepared statement per connection). */
const pgQuery = (client: pg.Pool | pg.PoolClient) => (text: string, values?: unknown[], name?: string) =>
  name ? client.query({ name, text, values }) : client.query(text, values);

export type DatabaseOptions = { databaseUrl: string } | { dataDir: string | 'memory' };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return 'databaseUrl' in options ? openPostgres(options.databaseUrl) : openEmbedded(options.dataDir);
}

async function openEmbedded(dataDir: string): Promise<Database> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir === 'memory' ? undefined : dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  // PGlite's query() is one statement only; exec() runs scripts such as migrations.
  const pgliteRunner = (client: Pick<PGlite, 'query' | 'exec'>): Runner => ({
    ...runner((text, params) => client.query(text, params)),
    exec: async (text) => {
      await client.exec(text);
    },
  });
  const sql: SqlRunner = {
    ...pgliteRunner(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(pgliteRunner(tx))),
  };
  return {
    kind: 'embedded',
    prisma,
    sql,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const sql: SqlRunner = {
    ...runner(pgQuery(pool)),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(runner(pgQuery(client)));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
  return {
    kind: 'postgres',
    connectionString,
    prisma,
    sql,
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
