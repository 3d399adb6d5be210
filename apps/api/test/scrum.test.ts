import type { Board, BoardEvent, ScrumState } from '@echoboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addCards,
  type Client,
  columnOf,
  createBoard,
  join,
  readHistory,
  signUp,
  snapshot,
  useTestApp,
} from './helper.ts';

const t = useTestApp();
let aaron: Client;
let zoe: Client;
let stranger: Client;

beforeAll(async () => {
  aaron = await join(t.app, t.as, t.as.teamId, 'Aaron Ally');
  zoe = await join(t.app, t.as, t.as.teamId, 'Zoe Zhu');
  stranger = await signUp(t.app, { name: 'Sam Stranger', team: 'Other team' });
});

const scrumUrl = (board: Board, path = '') => `/api/boards/${board.id}/scrum${path}`;
const start = (client: Client, board: Board, payload: object = {}) =>
  client.inject({ method: 'POST', url: scrumUrl(board), payload });
const walk = (client: Client, board: Board, direction: 'next' | 'previous') =>
  client.inject({ method: 'POST', url: scrumUrl(board, '/walk'), payload: { direction } });
const end = (client: Client, board: Board) => client.inject({ method: 'POST', url: scrumUrl(board, '/end') });
const scrumEvents = async (board: Board) =>
  (await readHistory(t.db, board.id)).filter(
    (e): e is Extract<BoardEvent, { type: 'scrum.updated' }> => e.type === 'scrum.updated',
  );

describe('daily scrum', () => {
  it('starts with the team in name order, shows to every member with the server time, and records an event', async () => {
    const board = await createBoard(t.as);
    const before = Date.now();
    const res = await start(t.as, board);
    expect(res.statusCode, res.body).toBe(201);
    const body: ScrumState = res.json();
    expect(body.scrum).toMatchObject({ boardId: board.id, orderMode: 'fixed', speakerIndex: -1, speakers: [] });
    expect(body.scrum?.order).toEqual([aaron.user.id, t.as.user.id, zoe.user.id]);
    expect(body.scrum?.names[zoe.user.id]).toBe('Zoe Zhu');
    expect(body.previousScrumAt).toBeNull();
    expect(Date.parse(body.now)).toBeGreaterThanOrEqual(before);

    const seen = await zoe.inject({ method: 'GET', url: scrumUrl(board) });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().scrum).toEqual(body.scrum);
    const events = await scrumEvents(board);
    expect(events.map((e) => e.scrum)).toEqual([body.scrum]);
    // The seq tells a viewer which events the answer already includes.
    expect(body.seq).toBe(events[0]?.seq);
    expect(seen.json().seq).toBe(body.seq);
  });

  it('refuses a second scrum on the same board and changes nothing', async () => {
    const board = await createBoard(t.as);
    expect((await start(t.as, board)).statusCode).toBe(201);
    const before = await snapshot(t.db);
    const again = await start(t.as, board, { orderMode: 'shuffled' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SCRUM_ALREADY_RUNNING');
    expect(await snapshot(t.db)).toBe(before);
    // Another board of the team may hold its own scrum at the same time.
    expect((await start(t.as, await createBoard(t.as, 'Second'))).statusCode).toBe(201);
  });

  it('shuffles the whole team, or keeps an order as given', async () => {
    const shuffled = (await start(t.as, await createBoard(t.as), { orderMode: 'shuffled' })).json() as ScrumState;
    expect(shuffled.scrum?.orderMode).toBe('shuffled');
    expect([...(shuffled.scrum?.order ?? [])].sort()).toEqual([aaron.user.id, t.as.user.id, zoe.user.id].sort());

    const given = [zoe.user.id, aaron.user.id];
    const fixed = (await start(t.as, await createBoard(t.as), { order: given })).json() as ScrumState;
    expect(fixed.scrum?.order).toEqual(given);
  });

  it('refuses bad starts with a clear reason and changes nothing', async () => {
    const board = await createBoard(t.as);
    const before = await snapshot(t.db);
    const cases: [Client, object, number, string][] = [
      [t.as, { orderMode: 'alphabetical' }, 400, 'VALIDATION_FAILED'],
      [t.as, { order: [] }, 400, 'VALIDATION_FAILED'],
      [t.as, { order: ['not-an-id'] }, 400, 'VALIDATION_FAILED'],
      [t.as, { order: [stranger.user.id] }, 404, 'MEMBER_NOT_FOUND'],
      [t.as, { seed: 4 }, 400, 'VALIDATION_FAILED'],
      [aaron, {}, 403, 'FORBIDDEN'],
      [stranger, {}, 404, 'BOARD_NOT_FOUND'],
    ];
    for (const [client, payload, status, code] of cases) {
      const res = await start(client, board, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it('walks through the team one member at a time, recording who spoke, and stops at both ends', async () => {
    const board = await createBoard(t.as);
    await start(t.as, board);
    expect((await walk(t.as, board, 'previous')).json().scrum.speakerIndex).toBe(-1);
    const first = (await walk(t.as, board, 'next')).json() as ScrumState;
    expect(first.scrum?.speakerIndex).toBe(0);
    expect(first.scrum?.speakers.map((s) => s.memberId)).toEqual([aaron.user.id]);
    await walk(t.as, board, 'next');
    await walk(t.as, board, 'previous');
    await walk(t.as, board, 'next');
    await walk(t.as, board, 'next');
    const review = (await walk(t.as, board, 'next')).json() as ScrumState;
    expect(review.scrum?.speakerIndex).toBe(3);
    expect(review.scrum?.speakers.map((s) => s.memberId)).toEqual([
      aaron.user.id,
      t.as.user.id,
      aaron.user.id,
      t.as.user.id,
      zoe.user.id,
    ]);
    // Past the end the walk stays on the review and sends nothing new.
    const events = (await scrumEvents(board)).length;
    expect((await walk(t.as, board, 'next')).json().scrum.speakerIndex).toBe(3);
    expect((await scrumEvents(board)).length).toBe(events);
    expect((await zoe.inject({ method: 'GET', url: scrumUrl(board) })).json().scrum.speakerIndex).toBe(3);
  });

  it('lets only a lead walk or end, and answers 404 without a running scrum or for another team', async () => {
    const board = await createBoard(t.as);
    const before = await snapshot(t.db);
    expect((await walk(t.as, board, 'next')).json().code).toBe('SCRUM_NOT_FOUND');
    expect((await end(t.as, board)).statusCode).toBe(404);
    await start(t.as, board);
    const running = await snapshot(t.db);
    expect(running).not.toBe(before);
    expect((await walk(zoe, board, 'next')).statusCode).toBe(403);
    expect((await end(zoe, board)).json().code).toBe('FORBIDDEN');
    for (const res of [
      await walk(stranger, board, 'next'),
      await end(stranger, board),
      await stranger.inject({ method: 'GET', url: scrumUrl(board) }),
      await stranger.inject({ method: 'GET', url: `/api/boards/${board.id}/scrums` }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('BOARD_NOT_FOUND');
    }
    expect((await walk(t.as, board, 'sideways' as 'next')).statusCode).toBe(400);
    expect(await snapshot(t.db)).toBe(running);
  });

  it('ends with a summary: who spoke, duration, blocked cards with reasons, cards moved during it', async () => {
    const board = await createBoard(t.as);
    const [copy, ads, press] = await addCards(t.as, board, 'To do', ['Landing copy', 'Ad creatives', 'Press kit']);
    // Moved before the scrum: not part of it.
    await t.as.inject({
      method: 'POST',
      url: `/api/cards/${press!.id}/move`,
      payload: { toColumnId: columnOf(board, 'Doing').id },
    });
    const started = (await start(t.as, board)).json() as ScrumState;
    await walk(t.as, board, 'next');
    await walk(t.as, board, 'next');
    const blocked = await zoe.inject({
      method: 'PUT',
      url: `/api/cards/${ads!.id}/blocked`,
      payload: { reason: '  Waiting for brand approval ' },
    });
    expect(blocked.statusCode).toBe(200);
    await aaron.inject({
      method: 'POST',
      url: `/api/cards/${copy!.id}/move`,
      payload: { toColumnId: columnOf(board, 'Doing').id },
    });
    // A reorder within the column is not a move to another column.
    await aaron.inject({
      method: 'POST',
      url: `/api/cards/${press!.id}/move`,
      payload: { toColumnId: columnOf(board, 'Doing').id },
    });

    const ended = await end(t.as, board);
    expect(ended.statusCode, ended.body).toBe(200);
    const { scrum, previousScrumAt } = ended.json() as ScrumState;
    expect(scrum?.endedAt).not.toBeNull();
    expect(previousScrumAt).toBe(started.scrum?.startedAt);
    expect(scrum?.summary).toMatchObject({
      overrunMs: 0,
      spoke: [aaron.user.id, t.as.user.id],
      blocked: [{ cardId: ads!.id, reason: 'Waiting for brand approval' }],
      blockedCardIds: [ads!.id],
      movedCardIds: [copy!.id],
      cardTitles: { [ads!.id]: 'Ad creatives', [copy!.id]: 'Landing copy' },
    });
    const duration = Date.parse(scrum!.endedAt!) - Date.parse(scrum!.startedAt);
    expect(scrum?.summary?.durationMs).toBe(duration);

    const now = (await zoe.inject({ method: 'GET', url: scrumUrl(board) })).json() as ScrumState;
    expect(now.scrum).toBeNull();
    expect(now.previousScrumAt).toBe(scrum?.startedAt);
    expect((await scrumEvents(board)).at(-1)?.scrum).toEqual(scrum);

    // The next scrum compares with this one, and the review lists both, newest first.
    const next = (await start(t.as, board)).json() as ScrumState;
    expect(next.scrum?.previousScrumAt).toBe(scrum?.startedAt);
    await end(t.as, board);
    const past = await aaron.inject({ method: 'GET', url: `/api/boards/${board.id}/scrums` });
    expect(past.json().map((s: { id: string }) => s.id)).toEqual([next.scrum?.id, scrum?.id]);
  });

  it('counts cards carried off a deleted column as moved, and their age starts again', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Review', ['Case study']);
    await start(t.as, board);
    const review = columnOf(board, 'Review');
    const done = columnOf(board, 'Done');
    const gone = await t.as.inject({ method: 'DELETE', url: `/api/columns/${review.id}?moveCardsTo=${done.id}` });
    expect(gone.statusCode).toBe(204);
    const moved = await t.db.prisma.card.findUniqueOrThrow({ where: { id: card!.id } });
    expect(moved.columnEnteredAt.getTime()).toBeGreaterThan(Date.parse(card!.columnEnteredAt));
    const { scrum } = (await end(t.as, board)).json() as ScrumState;
    expect(scrum?.summary?.movedCardIds).toEqual([card!.id]);
  });

  it('links the active sprint of the board', async () => {
    const board = await createBoard(t.as);
    const sprint = await t.db.prisma.sprint.create({
      data: {
        boardId: board.id,
        name: 'Sprint 1',
        startDate: new Date('2026-11-16'),
        lengthDays: 14,
        endDate: new Date('2026-11-29'),
        state: 'active',
      },
    });
    expect((await start(t.as, board)).json().scrum.sprintId).toBe(sprint.id);
  });
});

describe('blocked cards', () => {
  it('any member flags a card blocked with a reason and clears it; each change is an event', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Doing', ['Webinar deck']);
    const url = `/api/cards/${card!.id}/blocked`;
    const flagged = await aaron.inject({ method: 'PUT', url, payload: { reason: 'Needs legal review\nby Friday' } });
    expect(flagged.statusCode).toBe(200);
    expect(flagged.json()).toMatchObject({
      blockedReason: 'Needs legal review\nby Friday',
      version: card!.version + 1,
    });
    const blockedAt = flagged.json().blockedAt;
    expect(blockedAt).not.toBeNull();
    const reworded = await zoe.inject({ method: 'PUT', url, payload: { reason: 'Legal said Monday' } });
    expect(reworded.json()).toMatchObject({ blockedReason: 'Legal said Monday', blockedAt });
    const cleared = await zoe.inject({ method: 'DELETE', url });
    expect(cleared.json()).toMatchObject({ blockedReason: null, blockedAt: null, version: card!.version + 3 });

    const events = (await readHistory(t.db, board.id)).filter((e) => e.type === 'card.upserted');
    expect(events.map((e) => e.type === 'card.upserted' && [e.action, e.card.blockedReason])).toEqual([
      ['created', null],
      ['edited', 'Needs legal review\nby Friday'],
      ['edited', 'Legal said Monday'],
      ['edited', null],
    ]);
    // Clearing a card that is not blocked changes nothing.
    const before = await snapshot(t.db);
    expect((await zoe.inject({ method: 'DELETE', url })).json().version).toBe(card!.version + 3);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('refuses a missing, blank or too long reason, and other teams, changing nothing', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Doing', ['Webinar deck']);
    const url = `/api/cards/${card!.id}/blocked`;
    const before = await snapshot(t.db);
    const cases: [Client, object, number, string][] = [
      [aaron, {}, 400, 'VALIDATION_FAILED'],
      [aaron, { reason: '   ' }, 400, 'VALIDATION_FAILED'],
      [aaron, { reason: 'x'.repeat(301) }, 400, 'VALIDATION_FAILED'],
      [aaron, { reason: 42 }, 400, 'VALIDATION_FAILED'],
      [stranger, { reason: 'Mine now' }, 404, 'CARD_NOT_FOUND'],
    ];
    for (const [client, payload, status, code] of cases) {
      const res = await client.inject({ method: 'PUT', url, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect((await aaron.inject({ method: 'PUT', url, payload: { reason: '' } })).json().errors).toEqual([
      { path: 'body.blockedReason', message: 'Say why the card is blocked' },
    ]);
    expect((await stranger.inject({ method: 'DELETE', url })).statusCode).toBe(404);
    expect(await snapshot(t.db)).toBe(before);
  });
});

describe('stale threshold', () => {
  it('a lead sets or clears the days after which cards in a column go stale; bad values change nothing', async () => {
    const board = await createBoard(t.as);
    const doing = columnOf(board, 'Doing');
    const patch = (client: Client, payload: object) =>
      client.inject({ method: 'PATCH', url: `/api/columns/${doing.id}`, payload });
    expect(doing.staleDays).toBe(3);
    expect((await patch(t.as, { staleDays: 5 })).json().staleDays).toBe(5);
    expect((await patch(t.as, { staleDays: null })).json().staleDays).toBeNull();
    const before = await snapshot(t.db);
    for (const [client, payload, status] of [
      [t.as, { staleDays: 0 }, 400],
      [t.as, { staleDays: 2.5 }, 400],
      [t.as, { staleDays: 366 }, 400],
      [t.as, { staleDays: '4' }, 400],
      [zoe, { staleDays: 4 }, 403],
    ] as const) {
      expect((await patch(client, payload)).statusCode, JSON.stringify(payload)).toBe(status);
    }
    expect(await snapshot(t.db)).toBe(before);
  });
});
