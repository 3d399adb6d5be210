import type { BoardEvent, Card } from '@echoboard/contracts';
import { planMove } from '@echoboard/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeBoard, makeCard } from '../test/fixtures.ts';
import { applyBoardEvent } from './applyEvent.ts';
import { type BoardData, normaliseBoard } from './boardData.ts';

let seq = 0;
const meta = () => ({ seq: ++seq, boardId: 'b', at: '2026-11-23T09:00:00.000Z', actor: null });
const upserted = (card: Card, action: 'created' | 'edited' | 'moved' = 'moved'): BoardEvent => ({
  ...meta(),
  boardId: card.boardId,
  type: 'card.upserted',
  action,
  card,
});

const byName = (data: BoardData) =>
  Object.fromEntries(
    data.columnOrder.map((id) => [
      data.columnsById[id]?.name,
      (data.cardIdsByColumn[id] ?? []).map((c) => data.cardsById[c]?.title),
    ]),
  );
const colId = (data: BoardData, name: string) => data.columnOrder.find((id) => data.columnsById[id]?.name === name)!;
const card = (data: BoardData, title: string) => Object.values(data.cardsById).find((c) => c.title === title)!;

describe('applying board events', () => {
  const start = () => normaliseBoard(makeBoard({ 'To do': ['Brief', 'Copy', 'Visuals'], Doing: ['Landing page'] }));

  it("keeps a card's checklist figures and the board's label colours from their events", () => {
    const data = start();
    const brief = card(data, 'Brief');
    const stats = { checklistDone: 1, checklistTotal: 3, comments: 2 };
    const next = applyBoardEvent(applyBoardEvent(data, { ...meta(), type: 'card.stats', cardId: brief.id, stats }), {
      ...meta(),
      type: 'labels.updated',
      labelColors: { SEO: 'green' },
    });
    expect(next.cardStats[brief.id]).toEqual(stats);
    expect(next.labelColors).toEqual({ SEO: 'green' });
    // A later edit of the card (a whole card row) leaves its figures alone.
    expect(applyBoardEvent(next, upserted({ ...brief, title: 'Brief v2', version: 2 })).cardStats[brief.id]).toEqual(
      stats,
    );
  });

  it('places a moved card by its rank in its new column', () => {
    const data = start();
    const moved = { ...card(data, 'Visuals'), columnId: colId(data, 'Doing'), rank: 'Z', version: 2 };
    expect(byName(applyBoardEvent(data, upserted(moved)))).toEqual({
      'To do': ['Brief', 'Copy'],
      Doing: ['Visuals', 'Landing page'],
    });
  });

  it('is idempotent: the same event twice leaves the same board', () => {
    const data = start();
    const moved = { ...card(data, 'Brief'), rank: 'a1V' };
    const once = applyBoardEvent(data, upserted(moved));
    expect(byName(applyBoardEvent(once, upserted(moved)))).toEqual(byName(once));
    expect(byName(once)['To do']).toEqual(['Copy', 'Brief', 'Visuals']);
  });

  it('gives new lists only to the columns a move changes, so the other columns do not re-render', () => {
    const data = normaliseBoard(makeBoard({ 'To do': ['Brief', 'Copy'], Doing: ['Landing page'], Review: ['Ad set'] }));
    const moved = { ...card(data, 'Copy'), columnId: colId(data, 'Doing'), rank: 'Z', version: 2 };
    const next = applyBoardEvent(data, upserted(moved));
    const list = (d: BoardData, name: string) => d.cardIdsByColumn[colId(data, name)];
    expect(list(next, 'Review')).toBe(list(data, 'Review'));
    expect(list(next, 'To do')).not.toBe(list(data, 'To do'));
    expect(list(next, 'Doing')).not.toBe(list(data, 'Doing'));
    // The echo of a move already on screen (my own, back from the stream) leaves every list as it is.
    const echo = applyBoardEvent(next, upserted({ ...moved, version: 3 }));
    for (const name of ['To do', 'Doing', 'Review']) expect(list(echo, name)).toBe(list(next, name));
    expect(byName(echo)).toEqual({ 'To do': ['Brief'], Doing: ['Copy', 'Landing page'], Review: ['Ad set'] });
  });

  it('adds created cards, drops deleted ones and renames the board', () => {
    const data = start();
    const fresh = makeCard({ columnId: colId(data, 'Doing'), title: 'Ad set', rank: 'b0' });
    let next = applyBoardEvent(data, upserted(fresh, 'created'));
    next = applyBoardEvent(next, { ...meta(), type: 'card.deleted', cardId: card(data, 'Copy').id });
    next = applyBoardEvent(next, { ...meta(), type: 'board.updated', name: 'Autumn push' });
    expect(byName(next)).toEqual({ 'To do': ['Brief', 'Visuals'], Doing: ['Landing page', 'Ad set'] });
    expect(next.cardsById[card(data, 'Copy').id]).toBeUndefined();
    expect(next.board?.name).toBe('Autumn push');
  });

  it('adds, reorders and removes columns', () => {
    const data = start();
    const doing = data.columnsById[colId(data, 'Doing')]!;
    let next = applyBoardEvent(data, {
      ...meta(),
      type: 'column.upserted',
      column: {
        id: 'c-new',
        boardId: doing.boardId,
        name: 'Ideas',
        wipLimit: null,
        wipHard: false,
        staleDays: 3,
        rank: '0',
      },
    });
    next = applyBoardEvent(next, { ...meta(), type: 'column.upserted', column: { ...doing, rank: '1' } });
    expect(Object.keys(byName(next))).toEqual(['Ideas', 'Doing', 'To do']);
    next = applyBoardEvent(next, { ...meta(), type: 'column.deleted', columnId: doing.id });
    expect(byName(next)).toEqual({ Ideas: [], 'To do': ['Brief', 'Copy', 'Visuals'] });
    expect(next.cardsById[card(data, 'Landing page').id]).toBeUndefined();
  });

  it('replaying the moves the server made yields the server’s order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(99), fc.nat(1), fc.nat(99), fc.boolean()), { minLength: 1, maxLength: 40 }),
        (moves) => {
          // The "server": the domain rule applied to a plain list of cards.
          const initial = normaliseBoard(makeBoard({ A: ['1', '2', '3', '4'], B: ['5', '6'] }));
          let server = Object.values(initial.cardsById);
          let client = initial;
          const columns = initial.columnOrder;
          for (const [pick, to, anchor, after] of moves) {
            const moving = server[pick % server.length]!;
            const toColumnId = columns[to]!;
            const others = server.filter((c) => c.columnId === toColumnId && c.id !== moving.id);
            const neighbour = others.length ? others[anchor % others.length]!.id : null;
            const plan = planMove(server, {
              cardId: moving.id,
              toColumnId,
              ...(after ? { afterCardId: neighbour } : { beforeCardId: neighbour }),
            });
            if (!plan.ok) continue;
            const saved = { ...moving, columnId: toColumnId, rank: plan.value.rank, version: moving.version + 1 };
            server = server.map((c) => (c.id === saved.id ? saved : c));
            client = applyBoardEvent(client, upserted(saved));
          }
          for (const columnId of columns) {
            const expected = server
              .filter((c) => c.columnId === columnId)
              .sort((a, b) => (a.rank < b.rank ? -1 : 1))
              .map((c) => c.id);
            expect(client.cardIdsByColumn[columnId]).toEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
