// Faults under load, against real server processes: a graceful SIGTERM, kill -9 of the app over
// the embedded database, and (PostgreSQL only) the database dropping every connection or going
// away for a while. In each, no request fails with a 500 or hangs, and every move the server
// acknowledged is still there.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Board, Card } from '@echoboard/contracts';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { CSRF, freshDatabase, PASSWORD, uniqueEmail } from './helper.ts';
import { freePort, type Storage, startServer, stop } from './processes.ts';
import { SseStream } from './sse-client.ts';
import { startTcpProxy } from './tcp-proxy.ts';

interface Outcome {
  at: number;
  status: number | 'network' | 'timeout';
  card?: Card;
  /** The problem's detail, for an answer other than 200. */
  detail?: string;
}

/** A lead's HTTP client on one port: JSON in, status and JSON out, never waiting more than 5 s. */
function client(port: number, cookie = '') {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { cookie, ...CSRF, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      signal: AbortSignal.timeout(5_000),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null, res };
  };
  return { call, cookie };
}

/** Signs a lead up, with a team and a board holding eight cards. */
async function setUp(port: number) {
  const signUp = await client(port).call('POST', '/api/auth/signup', {
    email: uniqueEmail('fault'),
    name: 'Fay Fault',
    password: PASSWORD,
  });
  const cookie = String(signUp.res.headers.get('set-cookie')).split(';')[0]!;
  const lead = client(port, cookie);
  const team = (await lead.call('POST', '/api/teams', { name: 'Fault team' })).json;
  const board: Board = (await lead.call('POST', '/api/boards', { teamId: team.id, name: 'Faults' })).json;
  const cards: Card[] = [];
  for (let i = 0; i < 8; i++) {
    cards.push(
      (await lead.call('POST', `/api/boards/${board.id}/cards`, { columnId: board.columns[0]!.id, title: `C${i}` }))
        .json,
    );
  }
  return { cookie, board, cards };
}

/** Four movers until `until` resolves or the server is gone; every outcome is kept. */
async function moveUnderLoad(port: number, cookie: string, board: Board, cards: Card[], until: Promise<unknown>) {
  const lead = client(port, cookie);
  const outcomes: Outcome[] = [];
  let done = false;
  void until.then(() => {
    done = true;
  });
  let n = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (!done) {
        const i = n++;
        const card = cards[i % cards.length]!;
        const toColumnId = board.columns[(i * 7) % board.columns.length]!.id;
        try {
          const { status, json } = await lead.call('POST', `/api/cards/${card.id}/move`, { toColumnId });
          outcomes.push({ at: Date.now(), status, ...(status === 200 ? { card: json } : { detail: json?.detail }) });
        } catch (error) {
          const timeout = (error as Error).name === 'TimeoutError';
          outcomes.push({ at: Date.now(), status: timeout ? 'timeout' : 'network' });
          // The server is gone (or going): stop hammering a closed port.
          if (!timeout) await new Promise((r) => setTimeout(r, 50));
        }
      }
    }),
  );
  return outcomes;
}

/** Every acknowledged move is in the board: its card has at least that version, and that column if no later one. */
function expectAcknowledged(outcomes: Outcome[], board: Board) {
  const cards = new Map(board.columns.flatMap((c) => c.cards).map((c) => [c.id, c]));
  const acked = outcomes.filter((o) => o.card);
  expect(acked.length).toBeGreaterThan(0);
  for (const { card } of acked) {
    const now = cards.get(card!.id)!;
    expect(now.version).toBeGreaterThanOrEqual(card!.version);
    if (now.version === card!.version) expect(now.columnId).toBe(card!.columnId);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('faults under load', () => {
  let servers: ChildProcess[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => stop(s, 'SIGKILL')));
    servers = [];
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  async function embedded(): Promise<{ port: number; storage: Storage; server: ChildProcess }> {
    const dir = mkdtempSync(join(tmpdir(), 'echoboard-faults-'));
    dirs.push(dir);
    const port = await freePort();
    const storage = { dataDir: dir };
    const server = await startServer(port, storage);
    servers.push(server);
    return { port, storage, server };
  }

  async function boardAfterRestart(port: number, storage: Storage, cookie: string, boardId: string) {
    servers.push(await startServer(port, storage));
    const res = await client(port, cookie).call('GET', `/api/boards/${boardId}`);
    expect(res.status).toBe(200);
    return res.json as Board;
  }

  it('SIGTERM: in-flight moves finish, new ones get 503, the process exits 0, nothing acknowledged is lost', async () => {
    const { port, storage, server } = await embedded();
    const { cookie, board, cards } = await setUp(port);
    const exited = sleep(800).then(() => stop(server, 'SIGTERM'));
    const outcomes = await moveUnderLoad(port, cookie, board, cards, exited);
    expect(await exited).toBe(0);
    const answered = outcomes.filter((o) => typeof o.status === 'number').map((o) => o.status);
    expect(new Set(answered)).toEqual(new Set(answered.filter((s) => s === 200 || s === 503)));
    expect(outcomes.some((o) => o.status === 'timeout')).toBe(false);
    expectAcknowledged(outcomes, await boardAfterRestart(port, storage, cookie, board.id));
  }, 90_000);

  it('kill -9 of the app: the embedded database reopens with every acknowledged move', async () => {
    const { port, storage, server } = await embedded();
    const { cookie, board, cards } = await setUp(port);
    const killed = sleep(800).then(() => stop(server, 'SIGKILL'));
    const outcomes = await moveUnderLoad(port, cookie, board, cards, killed);
    expect(outcomes.filter((o) => typeof o.status === 'number' && o.status !== 200)).toEqual([]);
    expectAcknowledged(outcomes, await boardAfterRestart(port, storage, cookie, board.id));
  }, 90_000);

  it.skipIf(!process.env.DATABASE_URL)(
    'PostgreSQL drops every connection: 503s, not hangs or 500s, and moves succeed again within 5 s',
    async () => {
      const fresh = await freshDatabase();
      const url = fresh.url!;
      try {
        const port = await freePort();
        servers.push(await startServer(port, url));
        const { cookie, board, cards } = await setUp(port);
        let terminatedAt = 0;
        const fault = (async () => {
          await sleep(500);
          const admin = new pg.Client({ connectionString: url });
          await admin.connect();
          await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
          );
          terminatedAt = Date.now();
          await admin.end();
          await sleep(5_500);
        })();
        const outcomes = await moveUnderLoad(port, cookie, board, cards, fault);
        const statuses = new Set(outcomes.map((o) => o.status));
        expect([...statuses].filter((s) => s !== 200 && s !== 503)).toEqual([]);
        const recovered = outcomes.find((o) => o.status === 200 && o.at > terminatedAt);
        expect(recovered).toBeDefined();
        const retried = outcomes.filter((o) => o.status === 503 && o.at > terminatedAt + 5_000);
        expect(retried).toEqual([]);
        const res = await client(port, cookie).call('GET', `/api/boards/${board.id}`);
        expectAcknowledged(outcomes, res.json);
      } finally {
        await Promise.all(servers.splice(0).map((s) => stop(s, 'SIGKILL')));
        await fresh.drop();
      }
    },
    90_000,
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'PostgreSQL gone for 2 s: 503s while it is down, then moves and live updates recover within 5 s of its return',
    async () => {
      const fresh = await freshDatabase();
      const direct = new URL(fresh.url!);
      const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
      const url = new URL(direct);
      url.hostname = '127.0.0.1';
      url.port = String(proxy.port);
      try {
        const port = await freePort();
        servers.push(await startServer(port, url.toString()));
        const { cookie, board, cards } = await setUp(port);
        const stream = await SseStream.open(`http://127.0.0.1:${port}/api/boards/${board.id}/events`, { cookie });
        expect(stream.status).toBe(200);
        let [downAt, upAt] = [0, 0];
        const outage = (async () => {
          await sleep(500);
          await proxy.down();
          downAt = Date.now();
          await sleep(2_000);
          await proxy.up();
          upAt = Date.now();
          await sleep(5_500);
        })();
        const outcomes = await moveUnderLoad(port, cookie, board, cards, outage);
        expect(outcomes.filter((o) => o.status !== 200 && o.status !== 503)).toEqual([]);
        expect(outcomes.some((o) => o.status === 503 && o.at > downAt && o.at < upAt)).toBe(true);
        expect(outcomes.find((o) => o.status === 200 && o.at > upAt)).toBeDefined();
        expect(outcomes.filter((o) => o.status === 503 && o.at > upAt + 5_000)).toEqual([]);
        // The LISTEN connection came back too: the next move reaches the open stream.
        const moved = await client(port, cookie).call('POST', `/api/cards/${cards[0]!.id}/move`, {
          toColumnId: board.columns[1]!.id,
        });
        expect(moved.status).toBe(200);
        await stream.next((f) => f.event === 'board' && JSON.parse(f.data).card?.version === moved.json.version);
        stream.close();
        const res = await client(port, cookie).call('GET', `/api/boards/${board.id}`);
        expectAcknowledged(outcomes, res.json);
      } finally {
        await Promise.all(servers.splice(0).map((s) => stop(s, 'SIGKILL')));
        await proxy.close();
        await fresh.drop();
      }
    },
    90_000,
  );
});
