import type { BoardEvent } from '@echoboard/contracts';
import { RANK_KEY_MAX_LENGTH } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { HISTORY_KEPT } from '../src/modules/events/record.ts';
import { addCards, columnOf, createBoard, getBoard, readHistory, useTestApp } from './helper.ts';
import { apply, boardOrder, emptyModel, orderOf } from './replay.ts';

const t = useTestApp();

const history = (boardId: string, after = 0) => readHistory(t.db, boardId, after);
const summary = (events: BoardEvent[]) =>
  events.map((e) => [e.seq, e.type === 'card.upserted' ? `${e.type}:${e.action}` : e.type]);

describe('board events', () => {
  it('are recorded for every change with gap-free seqs, and GET board returns the latest seq', async () => {
    const board = await createBoard(t.as);
    expect(board.seq).toBe(5);
    expect(summary(await history(board.id))).toEqual([1, 2, 3, 4, 5].map((seq) => [seq, 'column.upserted']));

    const [card] = await addCards(t.as, board, 'Backlog', ['Press release']);
    const todo = columnOf(board, 'To do');
    const inject = t.as.inject;
    await inject({ method: 'PATCH', url: `/api/cards/${card!.id}`, payload: { title: 'Press kit' } });
    await inject({ method: 'POST', url: `/api/cards/${card!.id}/move`, payload: { toColumnId: todo.id } });
    await inject({ method: 'PATCH', url: `/api/boards/${board.id}`, payload: { name: 'Launch' } });
    const column = await inject({ method: 'POST', url: `/api/boards/${board.id}/columns`, payload: { name: 'QA' } });
    await inject({ method: 'PATCH', url: `/api/columns/${column.json().id}`, payload: { wipLimit: 2 } });
    await inject({ method: 'DELETE', url: `/api/columns/${todo.id}?moveCardsTo=${column.json().id}` });
    await inject({ method: 'DELETE', url: `/api/cards/${card!.id}` });

    const events = await history(board.id, 5);
    expect(summary(events)).toEqual([
      [6, 'card.upserted:created'],
      [7, 'card.upserted:edited'],
      [8, 'card.upserted:moved'],
      [9, 'board.updated'],
      [10, 'column.upserted'],
      [11, 'column.upserted'],
      [12, 'card.upserted:moved'],
      [13, 'column.deleted'],
      [14, 'card.deleted'],
    ]);
    expect(events[0]).toMatchObject({ boardId: board.id, actor: { userId: t.as.user.id, name: 'Lena Lead' } });
    expect(events[2]).toMatchObject({ type: 'card.upserted', card: { id: card!.id, columnId: todo.id, version: 3 } });
    expect((await getBoard(t.as, board.id)).seq).toBe(14);
  });

  it('are not recorded when a request fails', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'Backlog', ['Only card']);
    const before = (await getBoard(t.as, board.id)).seq;
    const failures = await Promise.all([
      t.as.inject({ method: 'POST', url: `/api/cards/${card!.id}/move`, payload: { toColumnId: board.id } }),
      t.as.inject({
        method: 'POST',
        url: `/api/cards/${card!.id}/move`,
        payload: { toColumnId: columnOf(board, 'Doing').id, version: 99 },
      }),
      t.as.inject({ method: 'PATCH', url: `/api/cards/${card!.id}`, payload: { effort: 4.5 } }),
      t.as.inject({ method: 'DELETE', url: `/api/columns/${columnOf(board, 'Backlog').id}` }),
      t.as.inject({
        method: 'POST',
        url: `/api/boards/${board.id}/cards`,
        payload: { columnId: columnOf(board, 'Backlog').id, title: ' ' },
      }),
    ]);
    expect(failures.map((r) => r.statusCode)).toEqual([404, 409, 400, 409, 400]);
    expect((await getBoard(t.as, board.id)).seq).toBe(before);
    expect(await history(board.id, before)).toEqual([]);
  });

  it('replayed from 0 over an empty model reproduce the board, rebalanced columns included', async () => {
    const board = await createBoard(t.as);
    const [first, , ...rest] = await addCards(t.as, board, 'To do', ['P', 'Q', 'R', 'S']);
    await addCards(t.as, board, 'Doing', ['X', 'Y']);
    // Always dropping between the same two cards makes keys grow until the column is rebalanced.
    let anchor = first!.id;
    for (let i = 0; i < 300; i++) {
      const mover = rest[i % 2]!;
      await t.as.inject({
        method: 'POST',
        url: `/api/cards/${mover.id}/move`,
        payload: { toColumnId: columnOf(board, 'To do').id, afterCardId: anchor },
      });
      anchor = mover.id;
    }
    const loaded = await getBoard(t.as, board.id);
    expect(columnOf(loaded, 'To do').cards.every((c) => c.rank.length <= RANK_KEY_MAX_LENGTH)).toBe(true);
    const events = await history(board.id);
    // P itself was never moved: an event re-keying it means its column was rebalanced.
    const aboutP = events.filter((e) => e.type === 'card.upserted' && e.card.id === first!.id);
    expect(aboutP.map((e) => e.type === 'card.upserted' && e.action)).toContain('reordered');
    expect(aboutP.map((e) => e.type === 'card.upserted' && e.action)).not.toContain('moved');
    const replayed = apply(emptyModel(), events);
    expect(replayed.seq).toBe(loaded.seq);
    expect(orderOf(replayed)).toEqual(boardOrder(loaded));
    const cards = loaded.columns.flatMap((c) => c.cards);
    expect(cards.map((card) => replayed.cards.get(card.id))).toEqual(cards);
  });

  it("say a rebalance's neighbours were reordered and only the dropped card moved", async () => {
    const board = await createBoard(t.as);
    const [p, q, r] = await addCards(t.as, board, 'To do', ['P', 'Q', 'R', 'S']);
    // P and Q on adjacent keys of the longest length: no key between them is short enough.
    const long = (last: string) => `a0${'0'.repeat(RANK_KEY_MAX_LENGTH - 3)}${last}`;
    await t.db.sql.query('UPDATE cards SET rank = $1 WHERE id = $2', [long('1'), p!.id]);
    await t.db.sql.query('UPDATE cards SET rank = $1 WHERE id = $2', [long('2'), q!.id]);
    const before = (await getBoard(t.as, board.id)).seq;
    const moved = await t.as.inject({
      method: 'POST',
      url: `/api/cards/${r!.id}/move`,
      payload: { toColumnId: columnOf(board, 'To do').id, afterCardId: p!.id },
    });
    expect(moved.statusCode).toBe(200);
    const column = columnOf(await getBoard(t.as, board.id), 'To do');
    expect(column.cards.map((c) => c.title)).toEqual(['P', 'R', 'Q', 'S']);
    expect(column.cards.every((c) => c.rank.length < RANK_KEY_MAX_LENGTH)).toBe(true);
    const events = (await history(board.id, before)).flatMap((e) =>
      e.type === 'card.upserted' ? [[e.card.title, e.action]] : [],
    );
    expect(events.at(-1)).toEqual(['R', 'moved']);
    expect(events.slice(0, -1).sort()).toEqual([
      ['P', 'reordered'],
      ['Q', 'reordered'],
      ['S', 'reordered'],
    ]);
  });

  it('end with board.deleted when the board is deleted', async () => {
    const board = await createBoard(t.as);
    expect((await t.as.inject({ method: 'DELETE', url: `/api/boards/${board.id}` })).statusCode).toBe(204);
    expect(summary(await history(board.id))).toEqual([[6, 'board.deleted']]);
  });
});

describe('board history', () => {
  const logged: string[] = [];
  const t = useTestApp({ logger: { level: 'error', stream: { write: (line: string) => logged.push(line) } } });
  const kept = async (boardId: string) => (await readHistory(t.db, boardId)).map((e) => e.seq);
  /** Pretends the board already has a long history: its next event gets seq `next`. */
  const nextSeq = (boardId: string, next: number) =>
    t.db.sql.query('UPDATE boards SET event_seq = $1 WHERE id = $2', [next - 1, boardId]);
  const move = (cardId: string, toColumnId: string) =>
    t.as.inject({ method: 'POST', url: `/api/cards/${cardId}/move`, payload: { toColumnId } });
  const edit = (cardId: string, title: string) =>
    t.as.inject({ method: 'PATCH', url: `/api/cards/${cardId}`, payload: { title } });

  it('keeps the newest events, trimmed each hundred, by moves and by other changes alike', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Press release']);
    await nextSeq(board.id, HISTORY_KEPT + 99);
    expect((await move(card!.id, columnOf(board, 'Doing').id)).statusCode).toBe(200);
    await expect.poll(() => kept(board.id)).toEqual([1, 2, 3, 4, 5, 6, HISTORY_KEPT + 99]);
    expect((await move(card!.id, columnOf(board, 'Review').id)).statusCode).toBe(200);
    await expect.poll(() => kept(board.id)).toEqual([HISTORY_KEPT + 99, HISTORY_KEPT + 100]);

    await nextSeq(board.id, 2 * HISTORY_KEPT + 100);
    expect((await edit(card!.id, 'Press kit')).statusCode).toBe(200);
    await expect.poll(() => kept(board.id)).toEqual([2 * HISTORY_KEPT + 100]);
  });

  it('logs a trim that fails, and answers the change all the same, by moves and by other changes alike', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Press release']);
    await t.db.sql.exec(`
      CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'history is read-only in this test'; END $$;
      CREATE TRIGGER refuse_delete BEFORE DELETE ON board_events EXECUTE FUNCTION refuse_delete();`);
    const trimFailed = {
      msg: `live updates: trimming the event history of board ${board.id} failed`,
      err: { message: expect.stringContaining('history is read-only in this test') },
    };
    const loggedErrors = () => logged.map((line) => JSON.parse(line));
    try {
      logged.length = 0;
      await nextSeq(board.id, HISTORY_KEPT + 100);
      const moved = await move(card!.id, columnOf(board, 'Doing').id);
      expect(moved.statusCode).toBe(200);
      expect(moved.json()).toMatchObject({ columnId: columnOf(board, 'Doing').id });
      await expect.poll(loggedErrors).toMatchObject([trimFailed]);

      await nextSeq(board.id, HISTORY_KEPT + 200);
      const edited = await edit(card!.id, 'Press kit');
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ title: 'Press kit' });
      await expect.poll(loggedErrors).toMatchObject([trimFailed, trimFailed]);
      expect(await kept(board.id)).toEqual(expect.arrayContaining([HISTORY_KEPT + 100, HISTORY_KEPT + 200]));
    } finally {
      await t.db.sql.exec('DROP TRIGGER refuse_delete ON board_events; DROP FUNCTION refuse_delete();');
    }
  });
});
