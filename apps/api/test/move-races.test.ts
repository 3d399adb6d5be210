import type { Board, Card } from '@echoboard/contracts';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { moveCard } from '../src/modules/cards/move-card.ts';
import { addCards, columnOf, createBoard, getBoard, layout, readHistory, useTestApp } from './helper.ts';

// A move reads without locks and writes only if what it read still holds. These make another
// change land between a move's read and its write, every time or a few times, and check the
// move still lands where it was asked to, or gets the answer it would have got had it come later.
describe('a move overtaken between its read and its write', () => {
  const t = useTestApp();

  /** The test's database, except that the first `times` writes of moves wait for `meanwhile` first. */
  function racing(times: number, meanwhile: () => Promise<unknown>): Database {
    let left = times;
    const query: Database['sql']['query'] = async (text, params) => {
      if (left > 0 && text.includes('move_cards_if_unchanged(')) {
        left--;
        await meanwhile();
      }
      return t.db.sql.query(text, params);
    };
    return { ...t.db, sql: { ...t.db.sql, query } };
  }

  async function setup() {
    const board = await createBoard(t.as);
    const todo = await addCards(t.as, board, 'To do', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
    await addCards(t.as, board, 'Doing', ['X', 'Y']);
    const card = (title: string): Card => {
      const found = todo.find((c: Card) => c.title === title);
      if (!found) throw new Error(`no card ${title}`);
      return found;
    };
    const doing = columnOf(board, 'Doing').id;
    const toBottom = (moving: Card) =>
      t.as.inject({ method: 'POST', url: `/api/cards/${moving.id}/move`, payload: { toColumnId: doing } });
    return { board, card, doing, toBottom };
  }

  const events = async (board: Board) => readHistory(t.db, board.id);

  it('lands after the card that got to the bottom of the column first, on a key of its own', async () => {
    const { board, card, doing, toBottom } = await setup();
    const before = (await events(board)).at(-1)!.seq;
    const moved = await moveCard(
      racing(1, () => toBottom(card('B'))),
      {
        cardId: card('A').id,
        input: { toColumnId: doing },
        user: t.as.user,
      },
    );
    expect(moved).toMatchObject({ columnId: doing, version: 2 });
    const after = await getBoard(t.as, board.id);
    expect(layout(after).Doing).toEqual(['X', 'Y', 'B', 'A']);
    expect(new Set(columnOf(after, 'Doing').cards.map((c) => c.rank)).size).toBe(4);
    // One event each, in the order they committed, with no gap.
    const recorded = (await events(board)).filter((e) => e.seq > before);
    expect(recorded.map((e) => (e.type === 'card.upserted' ? e.card.title : e.type))).toEqual(['B', 'A']);
    expect(recorded.map((e) => e.seq)).toEqual([before + 1, before + 2]);
  });

  it('still lands when it loses every race: it takes the locks and cannot lose again', async () => {
    const { board, card, doing, toBottom } = await setup();
    const others = ['B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map(card);
    const moved = await moveCard(
      racing(others.length, () => toBottom(others.shift()!)),
      { cardId: card('A').id, input: { toColumnId: doing }, user: t.as.user },
    );
    expect(moved.columnId).toBe(doing);
    const column = columnOf(await getBoard(t.as, board.id), 'Doing');
    expect(column.cards.at(-1)?.title).toBe('A');
    expect(new Set(column.cards.map((c) => c.rank)).size).toBe(column.cards.length);
  });

  it('answers 409 with the current card when the card was edited meanwhile', async () => {
    const { card, doing } = await setup();
    const edit = () =>
      t.as.inject({ method: 'PATCH', url: `/api/cards/${card('A').id}`, payload: { title: 'A, renamed' } });
    await expect(
      moveCard(racing(1, edit), {
        cardId: card('A').id,
        input: { toColumnId: doing, version: 1 },
        user: t.as.user,
      }),
    ).rejects.toMatchObject({ code: 'VERSION_CONFLICT', extras: { current: { title: 'A, renamed', version: 2 } } });
  });

  it('answers 409 when the column reached its hard WIP limit meanwhile', async () => {
    const { board, card, doing, toBottom } = await setup();
    await t.as.inject({ method: 'PATCH', url: `/api/columns/${doing}`, payload: { wipLimit: 3, wipHard: true } });
    await expect(
      moveCard(
        racing(1, () => toBottom(card('B'))),
        {
          cardId: card('A').id,
          input: { toColumnId: doing },
          user: t.as.user,
        },
      ),
    ).rejects.toMatchObject({ code: 'WIP_LIMIT_EXCEEDED' });
    expect(layout(await getBoard(t.as, board.id)).Doing).toEqual(['X', 'Y', 'B']);
  });
});
