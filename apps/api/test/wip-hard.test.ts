import { describe, expect, it } from 'vitest';
import { addCards, columnOf, createBoard, getBoard, join, layout, snapshot, useTestApp } from './helper.ts';

describe('hard WIP limits', () => {
  const t = useTestApp();

  it('are set by leads only, and refuse cards that would exceed them (moves and creates)', async () => {
    const board = await createBoard(t.as);
    const doing = columnOf(board, 'Doing');
    const member = await join(t.app, t.as, t.as.teamId, 'Mel Member');
    const memberTry = await member.inject({
      method: 'PATCH',
      url: `/api/columns/${doing.id}`,
      payload: { wipHard: true },
    });
    expect([memberTry.statusCode, memberTry.json().code]).toEqual([403, 'FORBIDDEN']);
    const set = await t.as.inject({
      method: 'PATCH',
      url: `/api/columns/${doing.id}`,
      payload: { wipLimit: 2, wipHard: true },
    });
    expect(set.json()).toMatchObject({ wipLimit: 2, wipHard: true });

    const [a, b, c] = await addCards(t.as, board, 'To do', ['A', 'B', 'C']);
    for (const card of [a!, b!]) {
      const res = await member.inject({
        method: 'POST',
        url: `/api/cards/${card.id}/move`,
        payload: { toColumnId: doing.id },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Reordering inside the full column is fine.
    const reorder = await member.inject({
      method: 'POST',
      url: `/api/cards/${b!.id}/move`,
      payload: { toColumnId: doing.id, afterCardId: null },
    });
    expect(reorder.statusCode).toBe(200);

    const before = await snapshot(t.db);
    const move = await member.inject({
      method: 'POST',
      url: `/api/cards/${c!.id}/move`,
      payload: { toColumnId: doing.id },
    });
    expect([move.statusCode, move.json().code]).toEqual([409, 'WIP_LIMIT_EXCEEDED']);
    expect(move.json().detail).toContain('"Doing" is at its WIP limit (2/2)');
    const create = await member.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/cards`,
      payload: { columnId: doing.id, title: 'One more' },
    });
    expect([create.statusCode, create.json().code]).toEqual([409, 'WIP_LIMIT_EXCEEDED']);
    expect(await snapshot(t.db)).toEqual(before);

    // A soft limit only warns: the same move goes through.
    await t.as.inject({ method: 'PATCH', url: `/api/columns/${doing.id}`, payload: { wipHard: false } });
    const soft = await member.inject({
      method: 'POST',
      url: `/api/cards/${c!.id}/move`,
      payload: { toColumnId: doing.id },
    });
    expect(soft.statusCode).toBe(200);
    expect(layout(await getBoard(t.as, board.id)).Doing).toEqual(['B', 'A', 'C']);
  });

  it('can be created hard', async () => {
    const board = await createBoard(t.as);
    const res = await t.as.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/columns`,
      payload: { name: 'QA', wipLimit: 1, wipHard: true },
    });
    expect(res.json()).toMatchObject({ name: 'QA', wipLimit: 1, wipHard: true });
  });
});
