import { describe, expect, it } from 'vitest';
import { loadBoard } from '../src/modules/boards/boards.service.ts';
import { addCards, columnOf, createBoard, layout, useTestApp } from './helper.ts';

describe('boards', () => {
  const t = useTestApp();

  it('reports health and which database it runs on', async () => {
    const res = await t.as.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'embedded' });
  });

  it('creates a board with the default marketing flow and lists it', async () => {
    const board = await createBoard(t.as, '  Summer push  ');
    expect(board.name).toBe('Summer push');
    expect(board.columns.map((c) => c.name)).toEqual(['Backlog', 'To do', 'Doing', 'Review', 'Done']);
    expect(board.columns.find((c) => c.name === 'Doing')?.wipLimit).toBe(3);
    // At the scrum, cards go stale in the working columns only.
    expect(board.columns.map((c) => c.staleDays)).toEqual([null, 3, 3, 3, null]);
    expect(layout(board)).toEqual({ Backlog: [], 'To do': [], Doing: [], Review: [], Done: [] });

    const list = await t.as.inject({ method: 'GET', url: '/api/boards' });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toContainEqual(expect.objectContaining({ id: board.id, name: 'Summer push', cardCount: 0 }));
  });

  it('rejects a board without a usable name and creates nothing', async () => {
    const before = (await t.as.inject({ method: 'GET', url: '/api/boards' })).json().length;
    for (const payload of [{}, { name: '   ' }, { name: 'x'.repeat(121) }, { name: 42 }, { name: 'ok', extra: 1 }]) {
      const res = await t.as.inject({ method: 'POST', url: '/api/boards', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
      expect(res.json().errors.length).toBeGreaterThan(0);
    }
    expect((await t.as.inject({ method: 'GET', url: '/api/boards' })).json()).toHaveLength(before);
  });

  it('answers 404 for an unknown board and 400 for a malformed id', async () => {
    const missing = await t.as.inject({ method: 'GET', url: '/api/boards/00000000-0000-4000-8000-000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('BOARD_NOT_FOUND');
    const malformed = await t.as.inject({ method: 'GET', url: '/api/boards/not-an-id' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors[0].path).toBe('params.boardId');
  });

  it('reads a board exactly as the mappers shape it, every card field included', async () => {
    // GET builds its JSON in SQL (board-json.ts); the mappers are the reference for the contract.
    const board = await createBoard(t.as, 'Every field');
    const [plain, full] = await addCards(t.as, board, 'To do', ['Plain', 'Full']);
    await t.db.prisma.card.update({
      where: { id: full!.id },
      data: {
        description: 'Brief "quoted" \\ and ünïcode',
        effort: 0.5,
        labels: ['paid', 'social'],
        dueDate: new Date('2026-12-24T00:00:00.000Z'),
        assignee: 'Agency',
        assigneeId: t.as.user.id,
        blockedReason: 'Waiting on legal',
        blockedAt: new Date('2026-11-20T09:30:15.123Z'),
        shareable: true,
      },
    });
    await t.db.prisma.card.update({ where: { id: plain!.id }, data: { effort: 13 } });
    await t.db.prisma.column.update({
      where: { id: columnOf(board, 'Done').id },
      data: { wipLimit: 4, staleDays: null },
    });
    const res = await t.as.inject({ method: 'GET', url: `/api/boards/${board.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.json()).toEqual(await loadBoard(t.db.prisma, board.id));
    expect(layout(res.json())['To do']).toEqual(['Plain', 'Full']);
  });
});
