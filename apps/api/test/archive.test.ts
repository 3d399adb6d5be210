import type { ArchivedCard } from '@echoboard/contracts';
import { describe, expect, it } from 'vitest';
import {
  addCards,
  type Client,
  columnOf,
  createBoard,
  getBoard,
  join,
  layout,
  signUp,
  snapshot,
  useTestApp,
} from './helper.ts';
import { backlogCards, createSprint, eventsAfter, getBacklog, getSprint, plan, startSprint } from './sprint-helpers.ts';

describe('archived cards', () => {
  const t = useTestApp();

  const archive = (client: Client, cardId: string, payload: object = {}) =>
    client.inject({ method: 'POST', url: `/api/cards/${cardId}/archive`, payload });
  const restore = (client: Client, cardId: string, payload: object = {}) =>
    client.inject({ method: 'POST', url: `/api/cards/${cardId}/restore`, payload });
  const archived = async (boardId: string): Promise<ArchivedCard[]> =>
    (await t.as.inject({ method: 'GET', url: `/api/boards/${boardId}/archived-cards` })).json();

  it('takes a card off the board for every viewer and puts it back at the end of the first column', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Doing', ['Old promo', 'Current promo']);
    await addCards(t.as, board, 'Backlog', ['Idea']);
    const { seq } = await getBoard(t.as, board.id);
    const res = await archive(t.as, card!.id, { version: card!.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: card!.id, boardId: board.id, title: 'Old promo', version: 2 });
    const after = await getBoard(t.as, board.id);
    expect(layout(after)).toMatchObject({ Backlog: ['Idea'], Doing: ['Current promo'] });
    expect((await archived(board.id)).map((c) => c.title)).toEqual(['Old promo']);
    const listed = (await t.as.inject({ method: 'GET', url: '/api/boards' })).json();
    expect(listed.find((b: { id: string }) => b.id === board.id).cardCount).toBe(2);

    const back = await restore(t.as, card!.id);
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ columnId: columnOf(board, 'Backlog').id, version: 3 });
    expect(layout(await getBoard(t.as, board.id)).Backlog).toEqual(['Idea', 'Old promo']);
    expect(await archived(board.id)).toEqual([]);
    expect((await eventsAfter(t.db, board.id, seq)).map((e) => e.type)).toEqual(['card.deleted', 'card.upserted']);
  });

  it('restores into the column asked for, refusing a hard WIP limit, a column of another board and twice', async () => {
    const board = await createBoard(t.as);
    const review = columnOf(board, 'Review');
    const [card] = await addCards(t.as, board, 'To do', ['Case study']);
    await addCards(t.as, board, 'Review', ['In review']);
    await t.as.inject({ method: 'PATCH', url: `/api/columns/${review.id}`, payload: { wipLimit: 1, wipHard: true } });
    const stored = (await archive(t.as, card!.id)).json();
    const other = await signUp(t.app, { name: 'Other team lead' });
    const theirBoard = await createBoard(other);

    const before = await snapshot(t.db);
    const full = await restore(t.as, card!.id, { columnId: review.id });
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('WIP_LIMIT_EXCEEDED');
    const foreign = await restore(t.as, card!.id, { columnId: columnOf(theirBoard, 'Doing').id });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'COLUMN_NOT_FOUND', errors: [{ path: 'body.columnId' }] });
    const stale = await restore(t.as, card!.id, { version: stored.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    expect(await snapshot(t.db)).toBe(before);

    const done = await restore(t.as, card!.id, { columnId: columnOf(board, 'Done').id, version: stored.version });
    expect(done.statusCode, done.body).toBe(200);
    const twice = await restore(t.as, card!.id);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('CARD_NOT_ARCHIVED');
  });

  it('keeps an archived card read-only and refuses archiving a stale, archived or backlog card', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Flyer']);
    const stale = await archive(t.as, card!.id, { version: card!.version + 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', current: { id: card!.id } });
    await archive(t.as, card!.id);
    const [idea] = await backlogCards(t.as, ['Backlog idea']);
    const before = await snapshot(t.db);
    const edits = [
      await t.as.inject({ method: 'PATCH', url: `/api/cards/${card!.id}`, payload: { title: 'New' } }),
      await t.as.inject({
        method: 'POST',
        url: `/api/cards/${card!.id}/move`,
        payload: { toColumnId: columnOf(board, 'Doing').id },
      }),
      await t.as.inject({ method: 'POST', url: `/api/cards/${card!.id}/plan`, payload: { sprintId: null } }),
      await archive(t.as, card!.id),
    ];
    for (const res of edits) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().code).toBe('CARD_ARCHIVED');
    }
    expect(edits[0]!.json().detail).toMatch(/Restore it from the board's archived cards first/);
    const notOnBoard = await archive(t.as, idea!.id);
    expect(notOnBoard.statusCode).toBe(409);
    expect(notOnBoard.json().code).toBe('CARD_NOT_ON_BOARD');
    expect(await snapshot(t.db)).toBe(before);
  });

  it("keeps an archived card's checklist and comments read-only until it is restored", async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Webinar']);
    const item = (
      await t.as.inject({ method: 'POST', url: `/api/cards/${card!.id}/checklist`, payload: { text: 'Book room' } })
    ).json();
    const comment = (
      await t.as.inject({ method: 'POST', url: `/api/cards/${card!.id}/comments`, payload: { body: 'Booked' } })
    ).json();
    await archive(t.as, card!.id);
    const before = await snapshot(t.db);
    const writes = [
      await t.as.inject({ method: 'POST', url: `/api/cards/${card!.id}/checklist`, payload: { text: 'Send invites' } }),
      await t.as.inject({ method: 'PATCH', url: `/api/checklist-items/${item.id}`, payload: { done: true } }),
      await t.as.inject({ method: 'DELETE', url: `/api/checklist-items/${item.id}` }),
      await t.as.inject({ method: 'POST', url: `/api/cards/${card!.id}/comments`, payload: { body: 'Late note' } }),
      await t.as.inject({ method: 'PATCH', url: `/api/comments/${comment.id}`, payload: { body: 'Reworded' } }),
      await t.as.inject({ method: 'DELETE', url: `/api/comments/${comment.id}` }),
    ];
    for (const res of writes) {
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json()).toMatchObject({ code: 'CARD_ARCHIVED', detail: expect.stringMatching(/Restore it/) });
    }
    expect(await snapshot(t.db)).toBe(before);

    await restore(t.as, card!.id);
    const done = await t.as.inject({
      method: 'PATCH',
      url: `/api/checklist-items/${item.id}`,
      payload: { done: true },
    });
    expect(done.statusCode, done.body).toBe(200);
    const reworded = await t.as.inject({
      method: 'PATCH',
      url: `/api/comments/${comment.id}`,
      payload: { body: 'Reworded' },
    });
    expect(reworded.statusCode, reworded.body).toBe(200);
  });

  it('leaves archived cards out of the sprint, the backlog and sprint completion; the export marks them', async () => {
    const board = await createBoard(t.as);
    const sprint = await createSprint(t.as, board.id, { name: 'Sprint A', startDate: '2030-01-07' });
    const [gone] = await addCards(t.as, board, 'To do', ['Dropped before the sprint']);
    await archive(t.as, gone!.id);
    const [kept] = await backlogCards(t.as, ['Planned']);
    await plan(t.as, [kept!], sprint.id);
    await startSprint(t.as, sprint.id);
    const onBoard = (await getBoard(t.as, board.id)).columns.flatMap((c) => c.cards);
    const [midway] = await addCards(t.as, board, 'Doing', ['Dropped midway']);
    expect((await archive(t.as, midway!.id)).statusCode).toBe(200);
    expect(onBoard.map((c) => c.title)).toEqual(['Planned']);
    expect((await getSprint(t.as, sprint.id)).cards.map((c) => c.title)).toEqual(['Planned']);

    const completed = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${sprint.id}/complete`,
      payload: { carryOver: { to: 'backlog' } },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    const backlog = await getBacklog(t.as);
    expect(backlog[0]).toBe('Planned');
    expect(backlog).not.toContain('Dropped midway');
    expect((await archived(board.id)).map((c) => c.title).sort()).toEqual([
      'Dropped before the sprint',
      'Dropped midway',
    ]);
    const csv = (await t.as.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/export/cards.csv` })).body;
    expect(csv.split('\r\n').find((line) => line.includes('Dropped midway'))).toMatch(
      /,Archived,.*,\d{4}-\d{2}-\d{2}T[^,]+$/,
    );
  });
});

describe('label colours', () => {
  const t = useTestApp();

  it('lets a lead set and clear a label colour that every viewer sees; members and bad colours are refused', async () => {
    const board = await createBoard(t.as);
    const put = (client: Client, payload: object) =>
      client.inject({ method: 'PUT', url: `/api/boards/${board.id}/label-colors`, payload });
    expect((await put(t.as, { label: 'SEO', color: 'green' })).json()).toEqual({ SEO: 'green' });
    expect((await put(t.as, { label: 'Launch', color: 'red' })).json()).toEqual({ SEO: 'green', Launch: 'red' });
    expect((await put(t.as, { label: 'SEO', color: null })).json()).toEqual({ Launch: 'red' });
    const read = await getBoard(t.as, board.id);
    expect(read.labelColors).toEqual({ Launch: 'red' });
    const events = await eventsAfter(t.db, board.id, read.seq - 1);
    expect(events).toMatchObject([{ type: 'labels.updated', labelColors: { Launch: 'red' } }]);

    const member = await join(t.app, t.as, t.as.teamId, 'Member');
    const before = await snapshot(t.db);
    const bad = await put(t.as, { label: 'SEO', color: 'mauve' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toMatch(/Pick one of the colours: green, yellow/);
    const refused = await put(member, { label: 'SEO', color: 'blue' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/Only a team lead can set label colours/);
    expect(await snapshot(t.db)).toBe(before);
  });
});
