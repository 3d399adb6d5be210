import type { AddressInfo } from 'node:net';
import type { Presence } from '@echoboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import {
  addCards,
  type Client,
  columnOf,
  createBoard,
  freshDatabase,
  getBoard,
  join,
  signUp,
  TEST_AUTH,
  useTestApp,
} from './helper.ts';
import { SseStream } from './sse-client.ts';

const t = useTestApp();
let base = '';
beforeAll(async () => {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
});

const open = (client: Client | null, boardId: string, query = '', headers: Record<string, string> = {}) =>
  SseStream.open(`${base}/api/boards/${boardId}/events${query}`, {
    ...(client ? { cookie: client.cookie } : {}),
    ...headers,
  });

async function move(client: Client, cardId: string, toColumnId: string, extra: object = {}) {
  const res = await client.inject({
    method: 'POST',
    url: `/api/cards/${cardId}/move`,
    payload: { toColumnId, ...extra },
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('GET /api/boards/:boardId/events', () => {
  it('streams a move made through the API to an open view', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Backlog', ['Landing page copy']);
    const { seq } = await getBoard(t.as, board.id);
    const stream = await open(t.as, board.id, `?after=${seq}`);
    try {
      expect(stream.status).toBe(200);
      await move(t.as, card!.id, columnOf(board, 'Doing').id);
      const frame = await stream.seq(seq + 1);
      expect(frame.id).toBe(String(seq + 1));
      expect(JSON.parse(frame.data)).toMatchObject({
        seq: seq + 1,
        type: 'card.upserted',
        action: 'moved',
        card: { id: card!.id, columnId: columnOf(board, 'Doing').id },
        actor: { userId: t.as.user.id },
      });
    } finally {
      stream.close();
    }
  });

  it('catches up from ?after= or Last-Event-ID with exactly the missing events', async () => {
    const board = await createBoard(t.as);
    const [a, b] = await addCards(t.as, board, 'Backlog', ['A', 'B']);
    const { seq } = await getBoard(t.as, board.id);
    await move(t.as, a!.id, columnOf(board, 'To do').id);
    await move(t.as, b!.id, columnOf(board, 'Doing').id);
    await move(t.as, a!.id, columnOf(board, 'Review').id);

    const byQuery = await open(t.as, board.id, `?after=${seq + 1}`);
    // Last-Event-ID is what a reconnecting EventSource sends; it wins over ?after=.
    const byHeader = await open(t.as, board.id, '?after=0', { 'last-event-id': String(seq + 1) });
    try {
      await move(t.as, b!.id, columnOf(board, 'Done').id);
      for (const stream of [byQuery, byHeader]) {
        await stream.seq(seq + 4);
        expect(stream.boardEvents.map((e) => e.seq)).toEqual([seq + 2, seq + 3, seq + 4]);
      }
    } finally {
      byQuery.close();
      byHeader.close();
    }
  });

  it('tells a client to reset when its events are gone or it is ahead of the board', async () => {
    const board = await createBoard(t.as);
    await t.db.sql.query('DELETE FROM board_events WHERE board_id = $1 AND seq <= 3', [board.id]);
    for (const query of ['?after=1', `?after=${board.seq + 10}`]) {
      const stream = await open(t.as, board.id, query);
      await stream.whenEnded();
      expect(stream.frames.map((f) => f.event)).toEqual(['reset']);
    }
    // Exactly at the edge of what is kept is still fine.
    const stream = await open(t.as, board.id, '?after=3');
    try {
      await stream.seq(board.seq);
      expect(stream.boardEvents.map((e) => e.seq)).toEqual([4, 5]);
    } finally {
      stream.close();
    }
  });

  it("answers 401 without a session and 404 for another team's board", async () => {
    const board = await createBoard(t.as);
    const stranger = await signUp(t.app, { name: 'Stranger' });
    const anonymous = await open(null, board.id);
    const foreign = await open(stranger, board.id);
    expect(anonymous.status).toBe(401);
    expect(foreign.status).toBe(404);
    await Promise.all([anonymous.done, foreign.done]);
    expect(foreign.frames).toEqual([]);
  });

  it('shows who is viewing and which card each is dragging', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Backlog', ['Hero video']);
    const priya = await join(t.app, t.as, t.as.teamId, 'Priya Shah');
    const lena = await open(t.as, board.id);
    const priyaStream = await open(priya, board.id);
    const viewers = (p: Presence) => p.viewers.map((v) => [v.name, v.draggingCardId]);
    const presenceFrame = (test: (p: Presence) => boolean) =>
      lena.next((f) => f.event === 'presence' && test(JSON.parse(f.data)));
    try {
      await presenceFrame((p) => p.viewers.length === 2);
      const drag = await priya.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/presence`,
        payload: { draggingCardId: card!.id },
      });
      expect(drag.statusCode).toBe(204);
      const dragging = JSON.parse(
        (await presenceFrame((p) => p.viewers.some((v) => v.draggingCardId !== null))).data,
      ) as Presence;
      expect(dragging.boardId).toBe(board.id);
      expect(viewers(dragging)).toEqual([
        ['Lena Lead', null],
        ['Priya Shah', card!.id],
      ]);
      priyaStream.close();
      const left = JSON.parse((await presenceFrame((p) => p.viewers.length === 1)).data) as Presence;
      expect(viewers(left)).toEqual([['Lena Lead', null]]);
    } finally {
      lena.close();
      priyaStream.close();
    }
  });

  it("refuses a drag of another board's card", async () => {
    const board = await createBoard(t.as);
    const other = await createBoard(t.as, 'Other');
    const [card] = await addCards(t.as, other, 'Backlog', ['Elsewhere']);
    const res = await t.as.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/presence`,
      payload: { draggingCardId: card!.id },
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('streams outliving the right to watch', () => {
  it('end for a viewer who signs out or leaves the team, and only for them', async () => {
    const board = await createBoard(t.as);
    const priya = await join(t.app, t.as, t.as.teamId, 'Priya Out');
    const omar = await join(t.app, t.as, t.as.teamId, 'Omar Removed');
    const streams = await Promise.all([open(t.as, board.id), open(priya, board.id), open(omar, board.id)]);
    const [lead, signedOut, removed] = streams;
    try {
      await Promise.all(streams.map((s) => s.next((f) => f.event === 'presence')));
      await t.app.realtime.recheckSessions();
      expect(streams.some((s) => s.ended)).toBe(false);

      expect((await priya.inject({ method: 'POST', url: '/api/auth/signout' })).statusCode).toBe(204);
      const removal = await t.as.inject({ method: 'DELETE', url: `/api/teams/${t.as.teamId}/members/${omar.user.id}` });
      expect(removal.statusCode).toBe(204);
      await t.app.realtime.recheckSessions();

      for (const stream of [signedOut!, removed!]) {
        await stream.whenEnded(2_000);
        expect(stream.frames.at(-1)?.event).toBe('ended');
      }
      expect(lead!.ended).toBe(false);
      // The others see them gone.
      const presence = await lead!.next(
        (f) => f.event === 'presence' && !f.data.includes('Priya Out') && !f.data.includes('Omar Removed'),
      );
      expect((JSON.parse(presence.data) as Presence).viewers.map((v) => v.name)).toEqual([t.as.user.name]);
    } finally {
      for (const stream of streams) stream.close();
    }
  });
});

describe('closing the app', () => {
  it('ends open streams instead of hanging', async () => {
    const fresh = await freshDatabase();
    const app = await buildApp({ db: fresh.db, auth: TEST_AUTH });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const port = (app.server.address() as AddressInfo).port;
      const lead = await signUp(app);
      const board = await createBoard(lead);
      const stream = await SseStream.open(`http://127.0.0.1:${port}/api/boards/${board.id}/events`, {
        cookie: lead.cookie,
      });
      await stream.next((f) => f.event === 'presence');
      const started = performance.now();
      await app.close();
      await stream.whenEnded(2_000);
      expect(performance.now() - started).toBeLessThan(2_000);
    } finally {
      await app.close();
      await fresh.drop();
    }
  });
});
