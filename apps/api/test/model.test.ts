// Model-based test: random sequences of card and column commands run against the API and a
// plain in-memory model of the board (columns in order, each with its card ids in order); after
// every command the board the API returns must be the model.
import type { Board } from '@echoboard/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Client, createBoard, useTestApp } from './helper.ts';

interface Model {
  columns: { id: string; name: string; cards: string[] }[];
  titles: Map<string, string>;
}
interface Real {
  lead: Client;
  boardId: string;
}
type Command = fc.AsyncCommand<Model, Real>;

const allCards = (m: Model) => m.columns.flatMap((c) => c.cards);
const at = <T>(items: T[], i: number) => items[i % items.length]!;

async function expectBoardIs(r: Real, m: Model) {
  const res = await r.lead.inject({ method: 'GET', url: `/api/boards/${r.boardId}` });
  const board: Board = res.json();
  expect(board.columns.map((c) => ({ id: c.id, name: c.name, cards: c.cards.map((k) => k.id) }))).toEqual(m.columns);
  for (const card of board.columns.flatMap((c) => c.cards)) expect(card.title).toBe(m.titles.get(card.id));
}

/** Sends a request, checks its status, applies the model change, compares the whole board. */
function command(
  describe: (m: Model) => string,
  check: (m: Model) => boolean,
  step: (m: Model, r: Real) => Promise<void>,
): Command {
  let label = '';
  return {
    check,
    async run(m, r) {
      label = describe(m);
      await step(m, r);
      await expectBoardIs(r, m);
    },
    toString: () => label,
  };
}

const title = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0);

const commands = [
  fc.tuple(fc.nat(), title).map(([col, name]) =>
    command(
      () => `create card "${name}"`,
      (m) => m.columns.length > 0,
      async (m, r) => {
        const column = at(m.columns, col);
        const res = await r.lead.inject({
          method: 'POST',
          url: `/api/boards/${r.boardId}/cards`,
          payload: { columnId: column.id, title: name },
        });
        expect(res.statusCode, res.body).toBe(201);
        column.cards.push(res.json().id);
        m.titles.set(res.json().id, name);
      },
    ),
  ),
  fc
    .tuple(fc.nat(), fc.nat(), fc.constantFrom('first', 'last', 'after', 'before'), fc.nat())
    .map(([card, col, where, anchor]) =>
      command(
        () => `move card ${card} to column ${col} (${where} ${anchor})`,
        (m) => allCards(m).length > 0,
        async (m, r) => {
          const id = at(allCards(m), card);
          const target = at(m.columns, col);
          const others = target.cards.filter((c) => c !== id);
          let index = others.length;
          const payload: Record<string, unknown> = { toColumnId: target.id };
          if (where === 'first') {
            payload.afterCardId = null;
            index = 0;
          } else if (where === 'after' && others.length) {
            payload.afterCardId = at(others, anchor);
            index = others.indexOf(at(others, anchor)) + 1;
          } else if (where === 'before' && others.length) {
            payload.beforeCardId = at(others, anchor);
            index = others.indexOf(at(others, anchor));
          }
          const res = await r.lead.inject({ method: 'POST', url: `/api/cards/${id}/move`, payload });
          expect(res.statusCode, res.body).toBe(200);
          for (const column of m.columns) column.cards = column.cards.filter((c) => c !== id);
          target.cards = others.toSpliced(index, 0, id);
        },
      ),
    ),
  fc.tuple(fc.nat(), title).map(([card, name]) =>
    command(
      () => `rename card ${card} to "${name}"`,
      (m) => allCards(m).length > 0,
      async (m, r) => {
        const id = at(allCards(m), card);
        const res = await r.lead.inject({ method: 'PATCH', url: `/api/cards/${id}`, payload: { title: name } });
        expect(res.statusCode, res.body).toBe(200);
        m.titles.set(id, name);
      },
    ),
  ),
  fc.nat().map((card) =>
    command(
      () => `delete card ${card}`,
      (m) => allCards(m).length > 0,
      async (m, r) => {
        const id = at(allCards(m), card);
        const res = await r.lead.inject({ method: 'DELETE', url: `/api/cards/${id}` });
        expect(res.statusCode, res.body).toBe(204);
        for (const column of m.columns) column.cards = column.cards.filter((c) => c !== id);
        m.titles.delete(id);
      },
    ),
  ),
  fc.tuple(title, fc.option(fc.nat(), { nil: undefined }), fc.boolean()).map(([name, after, first]) =>
    command(
      () => `create column "${name}"`,
      (m) => m.columns.length < 12,
      async (m, r) => {
        const afterColumn = after === undefined || m.columns.length === 0 ? undefined : at(m.columns, after);
        const payload = {
          name,
          ...(first ? { afterColumnId: null } : afterColumn ? { afterColumnId: afterColumn.id } : {}),
        };
        const res = await r.lead.inject({ method: 'POST', url: `/api/boards/${r.boardId}/columns`, payload });
        // A board's column names differ in more than case, spacing and Unicode form.
        const same = (a: string) => a.normalize('NFC').replace(/\s+/g, ' ').toLowerCase();
        if (m.columns.some((c) => same(c.name) === same(name))) return expect(res.statusCode, res.body).toBe(400);
        expect(res.statusCode, res.body).toBe(201);
        // Absent: just before the done column (the last), which stays last.
        const index = first ? 0 : afterColumn ? m.columns.indexOf(afterColumn) + 1 : Math.max(m.columns.length - 1, 0);
        m.columns.splice(index, 0, { id: res.json().id, name, cards: [] });
      },
    ),
  ),
  fc.tuple(fc.nat(), fc.option(fc.nat(), { nil: undefined })).map(([col, moveTo]) =>
    command(
      () => `delete column ${col}${moveTo === undefined ? '' : ` moving cards to ${moveTo}`}`,
      (m) => m.columns.length > 0,
      async (m, r) => {
        const column = at(m.columns, col);
        const rest = m.columns.filter((c) => c !== column);
        const target = moveTo === undefined || rest.length === 0 ? undefined : at(rest, moveTo);
        const query = target ? `?moveCardsTo=${target.id}` : '';
        const res = await r.lead.inject({ method: 'DELETE', url: `/api/columns/${column.id}${query}` });
        if (rest.length === 0) return expect(res.json().code).toBe('LAST_COLUMN');
        if (column.cards.length && !target) return expect(res.json().code).toBe('COLUMN_NOT_EMPTY');
        expect(res.statusCode, res.body).toBe(204);
        if (target) target.cards.push(...column.cards);
        m.columns = rest;
      },
    ),
  ),
];

// Creating and moving cards weigh more than column changes: they are what people do all day.
const [createCard, moveCard] = commands;
const weighted = [createCard!, createCard!, moveCard!, moveCard!, ...commands];

describe('board model', () => {
  const t = useTestApp();

  it('random card and column commands leave the API board equal to the in-memory model', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(weighted, { maxCommands: 30, size: 'max' }), async (cmds) => {
        const board = await createBoard(t.as, 'Model');
        const model: Model = {
          columns: board.columns.map((c) => ({ id: c.id, name: c.name, cards: [] })),
          titles: new Map(),
        };
        await fc.asyncModelRun(() => ({ model, real: { lead: t.as, boardId: board.id } }), cmds);
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 8) },
    );
  }, 120_000);
});
