import { randomBytes } from 'node:crypto';
import type { Board } from '@echoboard/contracts';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type App, buildApp } from '../src/app.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';

/**
 * A database of its own for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server of DATABASE_URL (dropped afterwards), so the suite runs on both.
 */
export async function freshDatabase(): Promise<{ db: Database; url: string | null; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: 'memory' });
    await migrate(db.sql);
    return { db, url: null, drop: () => db.close() };
  }
  const name = `echoboard_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString() });
  await migrate(db.sql);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** Builds the app on a fresh database before the file's tests and tears both down after. */
export function useTestApp() {
  const ctx = {} as { app: App; db: Database };
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    ctx.db = fresh.db;
    ctx.app = await buildApp({ db: fresh.db });
    await ctx.app.ready();
  });
  afterAll(async () => {
    await ctx.app?.close();
    await drop();
  });
  return ctx;
}

export async function createBoard(app: App, name = 'Test board'): Promise<Board> {
  const res = await app.inject({ method: 'POST', url: '/api/boards', payload: { name } });
  if (res.statusCode !== 201) throw new Error(`createBoard: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function getBoard(app: App, boardId: string): Promise<Board> {
  const res = await app.inject({ method: 'GET', url: `/api/boards/${boardId}` });
  if (res.statusCode !== 200) throw new Error(`getBoard: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function addCards(app: App, board: Board, columnName: string, titles: string[]) {
  const column = columnOf(board, columnName);
  const cards = [];
  for (const title of titles) {
    const res = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/cards`,
      payload: { columnId: column.id, title },
    });
    if (res.statusCode !== 201) throw new Error(`addCards: ${res.statusCode} ${res.body}`);
    cards.push(res.json());
  }
  return cards;
}

export function columnOf(board: Board, name: string) {
  const column = board.columns.find((c) => c.name === name);
  if (!column) throw new Error(`no column ${name}`);
  return column;
}

/** Titles per column name, in order: the board as a person reads it. */
export function layout(board: Board): Record<string, string[]> {
  return Object.fromEntries(board.columns.map((c) => [c.name, c.cards.map((card) => card.title)]));
}

/** Counts every row, to prove a rejected request changed nothing. */
export async function snapshot(db: Database) {
  const [boards, columns, cards] = await Promise.all([
    db.prisma.board.findMany({ orderBy: { id: 'asc' } }),
    db.prisma.column.findMany({ orderBy: { id: 'asc' } }),
    db.prisma.card.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ boards, columns, cards });
}
