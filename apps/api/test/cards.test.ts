import { describe, expect, it } from 'vitest';
import { addCards, columnOf, createBoard, getBoard, join, signUp, snapshot, useTestApp } from './helper.ts';

describe('cards', () => {
  const t = useTestApp();

  it('creates a card with every field at the bottom of its column', async () => {
    const board = await createBoard(t.as);
    const todo = columnOf(board, 'To do');
    await addCards(t.as, board, 'To do', ['First']);
    const res = await t.as.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/cards`,
      payload: {
        columnId: todo.id,
        title: '  Launch email sequence  ',
        description: 'Three emails over a week',
        effort: 5,
        labels: ['email', ' Content ', 'EMAIL'],
        dueDate: '2026-12-04',
        assignee: 'Priya Shah',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      title: 'Launch email sequence',
      description: 'Three emails over a week',
      effort: 5,
      labels: ['email', 'Content'],
      dueDate: '2026-12-04',
      assignee: 'Priya Shah',
      columnId: todo.id,
      version: 1,
    });
    const reloaded = await getBoard(t.as, board.id);
    expect(columnOf(reloaded, 'To do').cards.map((c) => c.title)).toEqual(['First', 'Launch email sequence']);
  });

  it('assigns a card to a team member and marks it shareable; refuses someone outside the team', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Webinar deck']);
    const member = await join(t.app, t.as, t.as.teamId, 'Priya Shah');
    const outsider = await signUp(t.app, { name: 'Outsider' });
    const ok = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card!.id}`,
      payload: { assigneeId: member.user.id, shareable: true },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ assigneeId: member.user.id, shareable: true, version: 2 });
    const before = await snapshot(t.db);
    const refused = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card!.id}`,
      payload: { assigneeId: outsider.user.id, title: 'Renamed' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'body.assigneeId', message: 'is not a member of this team' }]);
    expect(await snapshot(t.db)).toEqual(before);
    const cleared = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card!.id}`,
      payload: { assigneeId: null },
    });
    expect(cleared.json()).toMatchObject({ assigneeId: null, shareable: true });
  });

  it('edits fields, bumps the version, and clears optional fields with null', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Doing', ['Ad copy']);
    const edit = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card.id}`,
      payload: { title: 'Ad copy v2', effort: 3, dueDate: '2026-11-30', assignee: 'Marco Silva', labels: ['ads'] },
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ title: 'Ad copy v2', effort: 3, version: 2, assignee: 'Marco Silva' });
    const cleared = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card.id}`,
      payload: { effort: null, dueDate: null, assignee: null, version: 2 },
    });
    expect(cleared.json()).toMatchObject({
      title: 'Ad copy v2',
      effort: null,
      dueDate: null,
      assignee: null,
      version: 3,
    });
  });

  it('refuses a stale edit with 409 and the current card, leaving the newer edit intact', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Doing', ['Banner']);
    await t.as.inject({ method: 'PATCH', url: `/api/cards/${card.id}`, payload: { title: 'Banner A', version: 1 } });
    const stale = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card.id}`,
      payload: { title: 'Banner B', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', current: { title: 'Banner A', version: 2 } });
    expect(columnOf(await getBoard(t.as, board.id), 'Doing').cards[0]?.title).toBe('Banner A');
  });

  it('rejects invalid card input, naming the field, and stores nothing', async () => {
    const board = await createBoard(t.as);
    const other = await createBoard(t.as, 'Other');
    const columnId = columnOf(board, 'To do').id;
    const before = await snapshot(t.db);
    const cases: [object, string][] = [
      [{ columnId }, 'body.title'],
      [{ columnId, title: '' }, 'body.title'],
      [{ columnId, title: 'x'.repeat(201) }, 'body.title'],
      [{ columnId, title: 'ok', effort: 4 }, 'effort'],
      [{ columnId, title: 'ok', effort: -1 }, 'effort'],
      [{ columnId, title: 'ok', effort: '5' }, 'body.effort'],
      [{ columnId, title: 'ok', dueDate: '2026-02-30' }, 'dueDate'],
      [{ columnId, title: 'ok', dueDate: 'tomorrow' }, 'body.dueDate'],
      [{ columnId, title: 'ok', labels: Array.from({ length: 11 }, (_, i) => `l${i}`) }, 'body.labels'],
      [{ columnId, title: 'ok', priority: 'high' }, 'body'],
      [{ columnId: 'nope', title: 'ok' }, 'body.columnId'],
      [{ columnId: columnOf(other, 'To do').id, title: 'ok' }, 'body.columnId'],
    ];
    for (const [payload, path] of cases) {
      const res = await t.as.inject({ method: 'POST', url: `/api/boards/${board.id}/cards`, payload });
      expect([400, 404], JSON.stringify(payload)).toContain(res.statusCode);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const body = res.json();
      expect(body.errors?.map((e: { path: string }) => e.path).join(), JSON.stringify(payload)).toContain(path);
      expect(body.detail.length).toBeGreaterThan(10);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it('deletes a card; a second delete is a 404', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Review', ['Press kit']);
    expect((await t.as.inject({ method: 'DELETE', url: `/api/cards/${card.id}` })).statusCode).toBe(204);
    const again = await t.as.inject({ method: 'DELETE', url: `/api/cards/${card.id}` });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('CARD_NOT_FOUND');
    expect(columnOf(await getBoard(t.as, board.id), 'Review').cards).toEqual([]);
  });

  it('deletes only the version the client saw, when it says which: a stale one is 409 and deletes nothing', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Review', ['Press kit']);
    await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card.id}`,
      payload: { title: 'Press kit v2', version: 1 },
    });
    const before = await snapshot(t.db);
    const stale = await t.as.inject({ method: 'DELETE', url: `/api/cards/${card.id}?version=1` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', current: { title: 'Press kit v2', version: 2 } });
    const bad = await t.as.inject({ method: 'DELETE', url: `/api/cards/${card.id}?version=latest` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['querystring.version']);
    expect(await snapshot(t.db)).toBe(before);

    expect((await t.as.inject({ method: 'DELETE', url: `/api/cards/${card.id}?version=2` })).statusCode).toBe(204);
    expect(columnOf(await getBoard(t.as, board.id), 'Review').cards).toEqual([]);
  });
});
