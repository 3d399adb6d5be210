import type { ChildProcess } from 'node:child_process';
import type { Board, Presence } from '@echoboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF, freshDatabase, PASSWORD, uniqueEmail } from './helper.ts';
import { freePort, startServer, stop } from './processes.ts';
import { apply, boardOrder, modelOf, orderOf } from './replay.ts';
import { SseStream } from './sse-client.ts';

/** A signed-in person talking HTTP to one process. */
function session(port: number, cookie = '') {
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    cookie,
    async call(method: string, path: string, body?: unknown) {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: { cookie, ...CSRF, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
      return text ? JSON.parse(text) : null;
    },
  };
}

async function signUp(port: number, name: string) {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/signup`, {
    method: 'POST',
    headers: { ...CSRF, 'content-type': 'application/json' },
    body: JSON.stringify({ email: uniqueEmail(), name, password: PASSWORD }),
  });
  if (res.status !== 201) throw new Error(`signup: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .find((c) => c.startsWith('eb_session='))!
    .split(';')[0]!;
  return session(port, cookie);
}

// Several processes fan out through PostgreSQL LISTEN/NOTIFY; the embedded database is one
// process only, so this runs only against a PostgreSQL server (DATABASE_URL).
describe.skipIf(!process.env.DATABASE_URL)('two API processes on one PostgreSQL database', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let url: string;
  const ports: number[] = [];
  const servers: (ChildProcess | undefined)[] = [];

  beforeAll(async () => {
    fresh = await freshDatabase();
    url = fresh.url!;
    ports.push(await freePort(), await freePort());
    servers.push(...(await Promise.all(ports.map((port) => startServer(port, url)))));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(servers.map((child) => stop(child)));
    await fresh?.drop();
  });

  it('a move through process 1 reaches a client of process 2; presence spans both', async () => {
    const lead = await signUp(ports[0]!, 'Lena Lead');
    const team = await lead.call('POST', '/api/teams', { name: 'Scrum' });
    const board: Board = await lead.call('POST', '/api/boards', { teamId: team.id, name: 'Launch' });
    const card = await lead.call('POST', `/api/boards/${board.id}/cards`, {
      columnId: board.columns[0]!.id,
      title: 'Landing page copy',
    });
    const loaded: Board = await session(ports[1]!, lead.cookie).call('GET', `/api/boards/${board.id}`);

    const onTwo = await SseStream.open(
      `http://127.0.0.1:${ports[1]}/api/boards/${board.id}/events?after=${loaded.seq}`,
      {
        cookie: lead.cookie,
      },
    );
    const invite = await lead.call('POST', `/api/teams/${team.id}/invites`);
    const priya = await signUp(ports[0]!, 'Priya Shah');
    await priya.call('POST', `/api/invites/${invite.token}/accept`);
    const onOne = await SseStream.open(`http://127.0.0.1:${ports[0]}/api/boards/${board.id}/events`, {
      cookie: priya.cookie,
    });
    try {
      const latencies: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await lead.call('POST', `/api/cards/${card.id}/move`, { toColumnId: board.columns[(i % 4) + 1]!.id });
        await onTwo.seq(loaded.seq + i + 1);
        latencies.push(performance.now() - started);
      }
      latencies.sort((a, b) => a - b);
      console.log(
        `request → event on the other process: p50 ${latencies[10]!.toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms`,
      );
      expect(onTwo.boardEvents[0]).toMatchObject({ type: 'card.upserted', action: 'moved', card: { id: card.id } });

      // Priya views through process 1 and drags; Lena's stream on process 2 sees both of them.
      await priya.call('POST', `/api/boards/${board.id}/presence`, { draggingCardId: card.id });
      const both = await onTwo.next((f) => {
        const presence = JSON.parse(f.data) as Presence;
        return f.event === 'presence' && presence.viewers.some((v) => v.draggingCardId === card.id);
      });
      expect((JSON.parse(both.data) as Presence).viewers.map((v) => [v.name, v.draggingCardId])).toEqual([
        ['Lena Lead', null],
        ['Priya Shah', card.id],
      ]);
    } finally {
      onTwo.close();
      onOne.close();
    }
  }, 60_000);

  it('a client of a process that is killed and restarted catches up with Last-Event-ID', async () => {
    const lead = await signUp(ports[0]!, 'Lena Lead');
    const team = await lead.call('POST', '/api/teams', { name: 'Scrum' });
    const board: Board = await lead.call('POST', '/api/boards', { teamId: team.id, name: 'Launch' });
    const cards = [];
    for (const title of ['A', 'B', 'C']) {
      cards.push(await lead.call('POST', `/api/boards/${board.id}/cards`, { columnId: board.columns[0]!.id, title }));
    }
    const two = session(ports[1]!, lead.cookie);
    const loaded: Board = await two.call('GET', `/api/boards/${board.id}`);
    const model = modelOf(loaded);
    const first = await SseStream.open(`${two.base}/api/boards/${board.id}/events?after=${loaded.seq}`, {
      cookie: lead.cookie,
    });
    await lead.call('POST', `/api/cards/${cards[0].id}/move`, { toColumnId: board.columns[2]!.id });
    await first.seq(loaded.seq + 1);

    await stop(servers[1], 'SIGKILL');
    await first.whenEnded();
    apply(model, first.boardEvents);

    // Meanwhile, people keep moving cards through process 1.
    await lead.call('POST', `/api/cards/${cards[1].id}/move`, { toColumnId: board.columns[2]!.id });
    await lead.call('POST', `/api/cards/${cards[2].id}/move`, {
      toColumnId: board.columns[2]!.id,
      afterCardId: null,
    });
    await lead.call('POST', `/api/cards/${cards[0].id}/move`, { toColumnId: board.columns[3]!.id });

    servers[1] = await startServer(ports[1]!, url);
    const resumed = await SseStream.open(`${two.base}/api/boards/${board.id}/events`, {
      cookie: lead.cookie,
      'last-event-id': String(model.seq),
    });
    try {
      const final: Board = await lead.call('GET', `/api/boards/${board.id}`);
      await resumed.seq(final.seq);
      expect(resumed.boardEvents.map((e) => e.seq)).toEqual([model.seq + 1, model.seq + 2, model.seq + 3]);
      apply(model, resumed.boardEvents);
      expect(orderOf(model)).toEqual(boardOrder(final));
    } finally {
      resumed.close();
    }
  }, 90_000);
});
