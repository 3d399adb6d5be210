import { randomBytes } from 'node:crypto';
import type { Board, BoardEvent, User } from '@echoboard/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type App, type AppOptions, buildApp } from '../src/app.ts';
import { type Database, openDatabase } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { readStoredEvents } from '../src/modules/events/record.ts';

/**
 * A database of its own for one test file: in-memory PGlite by default, or a new database on the
 * PostgreSQL server of DATABASE_URL (dropped afterwards), so the suite runs on both.
 */
export async function freshDatabase(
  options: { migrate?: boolean } = {},
): Promise<{ db: Database; url: string | null; drop: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  const migrated = options.migrate ?? true;
  if (!serverUrl) {
    const db = await openDatabase({ dataDir: 'memory' });
    if (migrated) await migrate(db.sql);
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
  if (migrated) await migrate(db.sql);
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

/** Fast enough for tests; production uses 2^15. Rate limits are tested in security.test.ts only. */
export const TEST_AUTH = { scryptN: 2 ** 10, rateLimit: 100_000 };

/** The header every state-changing request needs (the API's CSRF defence). */
export const CSRF = { 'x-echoboard-csrf': '1' } as const;

type Inject = (options: InjectOptions) => Promise<LightMyRequestResponse>;

/** A signed-in person: their session cookie, and an inject that sends it with the CSRF header. */
export interface Client {
  user: User;
  cookie: string;
  headers: Record<string, string>;
  inject: Inject;
  /** A team this person leads (made by signUp unless told not to). */
  teamId: string;
}

/** Wraps app.inject so every request carries the session cookie and the CSRF header. */
export function authed(app: App, cookie: string): Inject {
  const headers = { cookie, ...CSRF };
  return (options) => app.inject({ ...options, headers: { ...headers, ...(options.headers ?? {}) } });
}

/** The eb_session=... pair from a response's Set-Cookie, ready for a Cookie header. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('eb_session='));
  if (!raw) throw new Error(`no session cookie in ${res.statusCode} ${res.body}`);
  return raw.split(';')[0]!;
}

let people = 0;
export const uniqueEmail = (prefix = 'person') =>
  `${prefix}-${++people}-${randomBytes(3).toString('hex')}@test.example`;
export const PASSWORD = 'correct horse battery';

/** Signs a new person up; by default also creates a team they lead. */
export async function signUp(
  app: App,
  options: { email?: string; name?: string; password?: string; team?: string | false } = {},
): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    headers: CSRF,
    payload: {
      email: options.email ?? uniqueEmail(),
      name: options.name ?? 'Test Person',
      password: options.password ?? PASSWORD,
    },
  });
  if (res.statusCode !== 201) throw new Error(`signUp: ${res.statusCode} ${res.body}`);
  const cookie = sessionCookie(res);
  const inject = authed(app, cookie);
  let teamId = '';
  if (options.team !== false) {
    const team = await inject({ method: 'POST', url: '/api/teams', payload: { name: options.team ?? 'Test team' } });
    if (team.statusCode !== 201) throw new Error(`create team: ${team.statusCode} ${team.body}`);
    teamId = team.json().id;
  }
  return { user: res.json().user, cookie, headers: { cookie, ...CSRF }, inject, teamId };
}

/** A lead invites a new person, who signs up and accepts. */
export async function join(app: App, lead: Client, teamId = lead.teamId, name = 'New member'): Promise<Client> {
  const invite = await lead.inject({ method: 'POST', url: `/api/teams/${teamId}/invites` });
  if (invite.statusCode !== 201) throw new Error(`invite: ${invite.statusCode} ${invite.body}`);
  const person = await signUp(app, { name, team: false });
  const accepted = await person.inject({ method: 'POST', url: `/api/invites/${invite.json().token}/accept` });
  if (accepted.statusCode !== 200) throw new Error(`accept: ${accepted.statusCode} ${accepted.body}`);
  return { ...person, teamId };
}

/**
 * Builds the app on a fresh database before the file's tests and tears both down after. `as` is a
 * signed-in team lead, for tests about boards rather than people.
 */
export function useTestApp(options: Partial<Omit<AppOptions, 'db'>> = {}) {
  const ctx = {} as { app: App; db: Database; as: Client };
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    ctx.db = fresh.db;
    ctx.app = await buildApp({ ...options, db: fresh.db, auth: { ...TEST_AUTH, ...options.auth } });
    await ctx.app.ready();
    ctx.as = await signUp(ctx.app, { name: 'Lena Lead' });
  });
  afterAll(async () => {
    await ctx.app?.close();
    await drop();
  });
  return ctx;
}

export async function createBoard(client: Client, name = 'Test board', teamId = client.teamId): Promise<Board> {
  const res = await client.inject({ method: 'POST', url: '/api/boards', payload: { name, teamId } });
  if (res.statusCode !== 201) throw new Error(`createBoard: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function getBoard(client: Client, boardId: string): Promise<Board> {
  const res = await client.inject({ method: 'GET', url: `/api/boards/${boardId}` });
  if (res.statusCode !== 200) throw new Error(`getBoard: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function addCards(client: Client, board: Board, columnName: string, titles: string[]) {
  const column = columnOf(board, columnName);
  const cards = [];
  for (const title of titles) {
    const res = await client.inject({
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

/** A board's events after `after`, oldest first and parsed, as a viewer replaying its stream holds them. */
export async function readHistory(db: Database, boardId: string, after = 0, limit = 100_000): Promise<BoardEvent[]> {
  const stored = await readStoredEvents(db, boardId, after, limit);
  return stored.map((event) => JSON.parse(event.json) as BoardEvent);
}

/** Every row that a request could change (sessions aside), to prove a rejected request changed nothing. */
export async function snapshot(db: Database) {
  const p = db.prisma;
  const tables = {
    boards: p.board.findMany({ orderBy: { id: 'asc' } }),
    columns: p.column.findMany({ orderBy: { id: 'asc' } }),
    cards: p.card.findMany({ orderBy: { id: 'asc' } }),
    users: p.user.findMany({ orderBy: { id: 'asc' } }),
    teams: p.team.findMany({ orderBy: { id: 'asc' } }),
    memberships: p.membership.findMany({ orderBy: { id: 'asc' } }),
    invites: p.invite.findMany({ orderBy: { id: 'asc' } }),
    sprints: p.sprint.findMany({ orderBy: { id: 'asc' } }),
    availability: p.sprintAvailability.findMany({ orderBy: [{ sprintId: 'asc' }, { userId: 'asc' }] }),
    scrums: p.scrum.findMany({ orderBy: { id: 'asc' } }),
    feedbackLinks: p.feedbackLink.findMany({ orderBy: { id: 'asc' } }),
    feedback: p.feedback.findMany({ orderBy: { id: 'asc' } }),
    events: p.boardEvent.findMany({ orderBy: [{ boardId: 'asc' }, { seq: 'asc' }] }),
    effortLogs: p.effortLog.findMany({ orderBy: { id: 'asc' } }),
    kudos: p.kudos.findMany({ orderBy: { id: 'asc' } }),
    campaigns: p.campaign.findMany({ orderBy: { id: 'asc' } }),
    kpis: p.kpi.findMany({ orderBy: { id: 'asc' } }),
    reviewLinks: p.reviewLink.findMany({ orderBy: { id: 'asc' } }),
    checklistItems: p.checklistItem.findMany({ orderBy: { id: 'asc' } }),
    comments: p.cardComment.findMany({ orderBy: { id: 'asc' } }),
  };
  const rows = await Promise.all(Object.values(tables));
  return JSON.stringify(Object.fromEntries(Object.keys(tables).map((name, i) => [name, rows[i]])), (_key, value) =>
    typeof value === 'bigint' ? value.toString() : value,
  );
}
