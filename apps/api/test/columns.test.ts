import { describe, expect, it } from 'vitest';
import { addCards, columnOf, createBoard, getBoard, layout, snapshot, useTestApp } from './helper.ts';

describe('columns', () => {
  const t = useTestApp();

  it('adds a column before the done column by default, first, or after another (the last included)', async () => {
    const board = await createBoard(t.as);
    const add = (payload: object) => t.as.inject({ method: 'POST', url: `/api/boards/${board.id}/columns`, payload });
    expect((await add({ name: 'QA' })).statusCode).toBe(201);
    expect((await add({ name: 'Archive', afterColumnId: columnOf(board, 'Done').id })).statusCode).toBe(201);
    expect((await add({ name: 'Ideas', afterColumnId: null })).statusCode).toBe(201);
    const created = await add({ name: 'Blocked', afterColumnId: columnOf(board, 'Doing').id, wipLimit: 2 });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ name: 'Blocked', wipLimit: 2, boardId: board.id });
    expect((await getBoard(t.as, board.id)).columns.map((c) => c.name)).toEqual([
      'Ideas',
      'Backlog',
      'To do',
      'Doing',
      'Blocked',
      'Review',
      'QA',
      'Done',
      'Archive',
    ]);
  });

  it('renames, sets and clears a WIP limit, and reorders', async () => {
    const board = await createBoard(t.as);
    const doing = columnOf(board, 'Doing');
    const patch = (payload: object) => t.as.inject({ method: 'PATCH', url: `/api/columns/${doing.id}`, payload });
    expect((await patch({ name: 'In progress', wipLimit: 5 })).json()).toMatchObject({
      name: 'In progress',
      wipLimit: 5,
    });
    expect((await patch({ wipLimit: null })).json().wipLimit).toBeNull();
    expect((await patch({ afterColumnId: null })).statusCode).toBe(200);
    expect((await getBoard(t.as, board.id)).columns.map((c) => c.name)).toEqual([
      'In progress',
      'Backlog',
      'To do',
      'Review',
      'Done',
    ]);
    expect((await patch({ afterColumnId: columnOf(board, 'Done').id })).statusCode).toBe(200);
    expect((await getBoard(t.as, board.id)).columns.at(-1)?.name).toBe('In progress');
  });

  it('refuses bad column edits with a clear reason and changes nothing', async () => {
    const board = await createBoard(t.as);
    const other = await createBoard(t.as, 'Other');
    const doing = columnOf(board, 'Doing');
    const before = await snapshot(t.db);
    const cases: [object, number, string][] = [
      [{}, 400, 'VALIDATION_FAILED'],
      [{ wipLimit: 0 }, 400, 'VALIDATION_FAILED'],
      [{ wipLimit: 2.5 }, 400, 'VALIDATION_FAILED'],
      [{ name: '' }, 400, 'VALIDATION_FAILED'],
      [{ afterColumnId: doing.id }, 400, 'VALIDATION_FAILED'],
      [{ afterColumnId: columnOf(other, 'Done').id }, 404, 'COLUMN_NOT_FOUND'],
      [{ colour: 'red' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await t.as.inject({ method: 'PATCH', url: `/api/columns/${doing.id}`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses a name another of the board's columns has, whatever its case and spacing, changing nothing", async () => {
    const board = await createBoard(t.as);
    const other = await createBoard(t.as, 'Other');
    const before = await snapshot(t.db);
    const refused: [Promise<{ statusCode: number; json(): unknown }>, string][] = [
      [t.as.inject({ method: 'POST', url: `/api/boards/${board.id}/columns`, payload: { name: 'done' } }), 'Done'],
      [
        t.as.inject({
          method: 'PATCH',
          url: `/api/columns/${columnOf(board, 'Review').id}`,
          payload: { name: ' DOING ', wipLimit: 3 },
        }),
        'Doing',
      ],
    ];
    for (const [request, taken] of refused) {
      const res = await request;
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        detail: `This board already has a column named "${taken}"; choose another name.`,
        errors: [{ path: 'body.name' }],
      });
    }
    expect(await snapshot(t.db)).toEqual(before);
    // A column keeps its own name in any case, and another board's names are its own.
    const doing = columnOf(board, 'Doing');
    const recased = await t.as.inject({ method: 'PATCH', url: `/api/columns/${doing.id}`, payload: { name: 'DOING' } });
    expect(recased.json()).toMatchObject({ name: 'DOING' });
    const add = (boardId: string) =>
      t.as.inject({ method: 'POST', url: `/api/boards/${boardId}/columns`, payload: { name: 'Blocked' } });
    expect((await add(board.id)).statusCode).toBe(201);
    expect((await add(other.id)).statusCode).toBe(201);
  });

  it('will not delete a column that holds cards unless told where they go', async () => {
    const board = await createBoard(t.as);
    await addCards(t.as, board, 'Doing', ['Landing page copy', 'Ad creatives']);
    await addCards(t.as, board, 'Review', ['Press release']);
    const doing = columnOf(board, 'Doing');
    const before = await snapshot(t.db);

    const refused = await t.as.inject({ method: 'DELETE', url: `/api/columns/${doing.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'COLUMN_NOT_EMPTY' });
    expect(refused.json().detail).toContain('2 cards');
    expect(await snapshot(t.db)).toBe(before);

    const review = columnOf(board, 'Review');
    const moved = await t.as.inject({ method: 'DELETE', url: `/api/columns/${doing.id}?moveCardsTo=${review.id}` });
    expect(moved.statusCode).toBe(204);
    const after = layout(await getBoard(t.as, board.id));
    expect(after.Doing).toBeUndefined();
    expect(after.Review).toEqual(['Press release', 'Landing page copy', 'Ad creatives']);
  });

  it("will not move a deleted column's cards to a column that is not on its board", async () => {
    const board = await createBoard(t.as);
    const other = await createBoard(t.as, 'Other');
    await addCards(t.as, board, 'Doing', ['Landing page copy']);
    const doing = columnOf(board, 'Doing');
    const before = await snapshot(t.db);
    for (const target of [columnOf(other, 'Doing').id, '00000000-0000-4000-8000-000000000000']) {
      const res = await t.as.inject({ method: 'DELETE', url: `/api/columns/${doing.id}?moveCardsTo=${target}` });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({
        code: 'COLUMN_NOT_FOUND',
        errors: [{ path: 'querystring.moveCardsTo', message: 'is not a column of this board' }],
      });
    }
    const itself = await t.as.inject({ method: 'DELETE', url: `/api/columns/${doing.id}?moveCardsTo=${doing.id}` });
    expect(itself.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'querystring.moveCardsTo' }] });
    expect(await snapshot(t.db)).toBe(before);
  });

  it('deletes an empty column but never the last one', async () => {
    const board = await createBoard(t.as);
    for (const name of ['Backlog', 'To do', 'Doing', 'Review']) {
      const res = await t.as.inject({ method: 'DELETE', url: `/api/columns/${columnOf(board, name).id}` });
      expect(res.statusCode).toBe(204);
    }
    const last = await t.as.inject({ method: 'DELETE', url: `/api/columns/${columnOf(board, 'Done').id}` });
    expect(last.statusCode).toBe(409);
    expect(last.json().code).toBe('LAST_COLUMN');
    const gone = await t.as.inject({ method: 'DELETE', url: `/api/columns/${columnOf(board, 'Doing').id}` });
    expect(gone.statusCode).toBe(404);
  });
});
