// Shared set-up for the benchmarks: a fresh database, the real app on a port, a signed-in lead.
import { randomBytes } from 'node:crypto';
import { keysBetween } from '@echoboard/domain';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';

export const CSRF = { 'x-echoboard-csrf': '1' };

/** The PostgreSQL server to measure on: BENCH_DATABASE_URL, DATABASE_URL, or the local one. */
export const serverUrl = () =>
  process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export async function freshBenchDatabase() {
  const name = `echoboard_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version;
  await admin.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  await migrate(db.sql);
  return {
    db,
    url: url.toString(),
    postgresVersion: version ?? 'unknown',
    drop: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: serverUrl() });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** The embedded database (in-memory PGlite), shaped like freshBenchDatabase's answer. */
export async function freshEmbeddedDatabase() {
  const db = await openDatabase({ dataDir: 'memory' });
  await migrate(db.sql);
  return { db, drop: () => db.close() };
}

export type DatabaseKind = Database['kind'];

/** A fresh database of either kind, for the benches that report both. */
export const freshDatabaseOf = (kind: DatabaseKind) =>
  kind === 'postgres' ? freshBenchDatabase() : freshEmbeddedDatabase();

/** The real app (auth, validation, Prisma, transactions) listening on a free loopback port. */
export async function startApp(db: Database) {
  const app = await buildApp({ db, auth: { scryptN: 2 ** 10, rateLimit: 1_000_000 } });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const base = `http://127.0.0.1:${port}`;
  const signUp = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...CSRF },
    body: JSON.stringify({ email: 'bench@bench.example', name: 'Bench Lead', password: 'benchmark-password' }),
  });
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const headers = { cookie, ...CSRF, 'content-type': 'application/json' };
  const team = (await (
    await fetch(`${base}/api/teams`, { method: 'POST', headers, body: JSON.stringify({ name: 'Bench team' }) })
  ).json()) as { id: string };
  return { app, base, headers, teamId: team.id };
}

/** A board with `cards` cards spread over its five columns, written straight to the database. */
export async function seedBoard(db: Database, teamId: string, cards: number) {
  const board = await db.prisma.board.create({ data: { name: `Bench ${cards}`, teamId } });
  const names = ['Backlog', 'To do', 'Doing', 'Review', 'Done'];
  const columnRanks = keysBetween(null, null, names.length);
  const columns = [];
  for (const [i, name] of names.entries()) {
    columns.push(await db.prisma.column.create({ data: { boardId: board.id, name, rank: columnRanks[i]! } }));
  }
  const perColumn = Math.ceil(cards / names.length);
  for (const column of columns) {
    const ranks = keysBetween(null, null, perColumn);
    await db.prisma.card.createMany({
      data: ranks.map((rank, j) => ({
        teamId,
        boardId: board.id,
        columnId: column.id,
        title: `Campaign task ${j + 1} in ${column.name}`,
        description: 'Brief, copy, review with the channel owner.',
        labels: ['content', 'paid'],
        effort: 3,
        rank,
      })),
    });
  }
  const cardIds = (await db.prisma.card.findMany({ where: { boardId: board.id }, select: { id: true } })).map(
    (c) => c.id,
  );
  return { boardId: board.id, columnIds: columns.map((c) => c.id), cardIds };
}

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)]!;

/** The move load of every move bench: a random card to the bottom of a random column of the board. */
export const randomMove = (board: { cardIds: string[]; columnIds: string[] }) => () => ({
  path: `/api/cards/${pick(board.cardIds)}/move`,
  body: JSON.stringify({ toColumnId: pick(board.columnIds) }),
});
