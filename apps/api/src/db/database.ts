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
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs fn on one connection inside BEGIN/COMMIT; ROLLBACK when it throws. */
  transaction<T>(fn: (tx: Omit<SqlRunner, 'transaction'>) => Promise<T>): Promise<T>;
}

export interface Database {
  kind: 'embedded' | 'postgres';
  prisma: PrismaClient;
  sql: SqlRunner;
  close(): Promise<void>;
}

export type DatabaseOptions = { databaseUrl: string } | { dataDir: string | 'memory' };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return 'databaseUrl' in options ? openPostgres(options.databaseUrl) : openEmbedded(options.dataDir);
}

async function openEmbedded(dataDir: string): Promise<Database> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir === 'memory' ? undefined : dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql: SqlRunner = {
    exec: async (text) => {
      await pglite.exec(text);
    },
    query: async <T>(text: string, params: unknown[] = []) => (await pglite.query<T>(text, params)).rows,
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          exec: async (text) => {
            await tx.exec(text);
          },
          query: async <T>(text: string, params: unknown[] = []) => (await tx.query<T>(text, params)).rows,
        }),
      ),
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
    exec: async (text) => {
      await pool.query(text);
    },
    query: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          exec: async (text) => {
            await client.query(text);
          },
          query: async <T>(text: string, params: unknown[] = []) => (await client.query(text, params)).rows as T[],
        });
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
    prisma,
    sql,
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
