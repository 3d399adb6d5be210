import { RANK_KEY_MAX_LENGTH } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { addCards, columnOf, createBoard, getBoard, layout, snapshot, useTestApp } from './helper.ts';

describe('moving cards', () => {
  const t = useTestApp();

  async function setup() {
    const board = await createBoard(t.as);
    const todo = await addCards(t.as, board, 'To do', ['A', 'B', 'C']);
    const doing = await addCards(t.as, board, 'Doing', ['X', 'Y']);
    const byTitle = Object.fromEntries([...todo, ...doing].map((c) => [c.title, c]));
    const move = (title: string, payload: object) =>
      t.as.inject({ method: 'POST', url: `/api/cards/${byTitle[title].id}/move`, payload });
    return { board, byTitle, move, col: (name: string) => columnOf(board, name).id };
  }

  it('places a card after, before, first or last, across and within columns, and keeps it on reload', async () => {
    const { board, byTitle, move, col } = await setup();
    expect((await move('A', { toColumnId: col('Doing'), afterCardId: byTitle.X.id })).statusCode).toBe(200);
    expect(layout(await getBoard(t.as, board.id))).toMatchObject({ 'To do': ['B', 'C'], Doing: ['X', 'A', 'Y'] });
    await move('C', { toColumnId: col('Doing'), beforeCardId: byTitle.X.id });
    await move('Y', { toColumnId: col('Doing'), afterCardId: null });
    await move('B', { toColumnId: col('Done') });
    expect(layout(await getBoard(t.as, board.id))).toMatchObject({
      'To do': [],
      Doing: ['Y', 'C', 'X', 'A'],
      Done: ['B'],
    });
    await move('Y', { toColumnId: col('Doing'), afterCardId: byTitle.A.id });
    expect(layout(await getBoard(t.as, board.id)).Doing).toEqual(['C', 'X', 'A', 'Y']);
  });

  it('returns the moved card with a new version and writes only that card', async () => {
    const { byTitle, move, col } = await setup();
    const others = await t.db.prisma.card.findMany({ where: { id: { not: byTitle.A.id } }, orderBy: { id: 'asc' } });
    const res = await move('A', { toColumnId: col('Review'), version: 1 });
    expect(res.json()).toMatchObject({ id: byTitle.A.id, columnId: col('Review'), version: 2 });
    expect(await t.db.prisma.card.findMany({ where: { id: { not: byTitle.A.id } }, orderBy: { id: 'asc' } })).toEqual(
      others,
    );
  });

  it('refuses impossible moves with a reason and moves nothing', async () => {
    const { byTitle, move, col } = await setup();
    const other = await createBoard(t.as, 'Another team');
    const before = await snapshot(t.db);
    const cases: [string, object, number, string][] = [
      ['A', { toColumnId: col('Doing'), afterCardId: byTitle.B.id }, 409, 'ANCHOR_NOT_FOUND'],
      ['A', { toColumnId: col('To do'), afterCardId: byTitle.A.id }, 400, 'INVALID_MOVE'],
      ['A', { toColumnId: columnOf(other, 'Doing').id }, 404, 'COLUMN_NOT_FOUND'],
      ['A', { toColumnId: '00000000-0000-4000-8000-000000000000' }, 404, 'COLUMN_NOT_FOUND'],
      ['A', { toColumnId: col('Doing'), version: 7 }, 409, 'VERSION_CONFLICT'],
      ['A', { toColumnId: col('Doing'), rank: 'a0' }, 400, 'VALIDATION_FAILED'],
      ['A', { afterCardId: null }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [title, payload, status, code] of cases) {
      const res = await move(title, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it('a stale move gets 409 with the card where the other person put it', async () => {
    const { byTitle, move, col } = await setup();
    await move('A', { toColumnId: col('Review'), version: 1 });
    const stale = await move('A', { toColumnId: col('Done'), version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current).toMatchObject({ id: byTitle.A.id, columnId: col('Review'), version: 2 });
  });

  it('keeps order when many moves land in one column at once', async () => {
    const board = await createBoard(t.as);
    const cards = await addCards(
      t.as,
      board,
      'Backlog',
      Array.from({ length: 12 }, (_, i) => `Card ${i}`),
    );
    const doing = columnOf(board, 'Doing').id;
    // Every card asks to go first in Doing at the same moment; all must land, each on its own key.
    const results = await Promise.all(
      cards.map((c) =>
        t.as.inject({
          method: 'POST',
          url: `/api/cards/${c.id}/move`,
          payload: { toColumnId: doing, afterCardId: null },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(cards.map(() => 200));
    const after = await getBoard(t.as, board.id);
    const doingCards = columnOf(after, 'Doing').cards;
    expect(doingCards).toHaveLength(12);
    expect(new Set(doingCards.map((c) => c.rank)).size).toBe(12);
    expect(columnOf(after, 'Backlog').cards).toEqual([]);
  });

  it('rebalances a column whose keys grew too long, keeping its order', async () => {
    const board = await createBoard(t.as);
    const [first, second, ...rest] = await addCards(t.as, board, 'To do', ['P', 'Q', 'R', 'S', 'T']);
    // Always dropping between the same two cards is the worst case for fractional keys.
    let anchor = first!.id;
    for (let i = 0; i < 400; i++) {
      const mover = i % 2 === 0 ? rest[0]! : rest[1]!;
      const res = await t.as.inject({
        method: 'POST',
        url: `/api/cards/${mover.id}/move`,
        payload: { toColumnId: columnOf(board, 'To do').id, afterCardId: anchor },
      });
      expect(res.statusCode).toBe(200);
      anchor = mover.id;
    }
    const column = columnOf(await getBoard(t.as, board.id), 'To do');
    expect(column.cards.every((c) => c.rank.length <= RANK_KEY_MAX_LENGTH)).toBe(true);
    expect(column.cards.map((c) => c.title)).toHaveLength(5);
    expect(column.cards.map((c) => c.title)[0]).toBe('P');
    expect(column.cards.map((c) => c.title)).toContain(second!.title);
  });
});
