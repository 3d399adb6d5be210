import { toCsv } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { burndownHistory } from '../src/modules/review/burndown-history.ts';
import {
  addCards,
  type Client,
  columnOf,
  createBoard,
  getBoard,
  join,
  layout,
  readHistory,
  snapshot,
  useTestApp,
} from './helper.ts';
import { createSprint, startSprint } from './sprint-helpers.ts';

const HEADER = ['Title', 'Notes', 'Status', 'Tags', 'Points', 'Deadline'];
const MAPPING = ['title', 'description', 'column', 'labels', 'effort', 'due'];

describe('CSV import', () => {
  const t = useTestApp();
  const call = (client: Client, boardId: string, body: object, preview = false) =>
    client.inject({
      method: 'POST',
      url: `/api/boards/${boardId}/imports/csv${preview ? '/preview' : ''}`,
      payload: body,
    });
  const body = (board: { columns: { id: string; name: string }[] }, rows: string[][], over: object = {}) => ({
    file: toCsv(HEADER, rows),
    mapping: MAPPING,
    defaultColumnId: columnOf(board as never, 'To do').id,
    ...over,
  });

  it('previews, then adds the cards at the bottom of their columns, creating a missing column', async () => {
    const board = await createBoard(t.as, 'Launch');
    await addCards(t.as, board, 'Doing', ['Already here']);
    const rows = [
      ['Café 🚀 teaser', 'two\r\nlines, "quoted"', 'doing', 'Social; SEO', '0.5', '24/12/2026'],
      ['Press kit', '', '', '', '', ''],
      ['Retro notes', '', 'Parking lot', '', '', 'Dec 1, 2026'],
    ];
    const before = await snapshot(t.db);
    const preview = await call(t.as, board.id, body(board, rows), true);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      header: HEADER,
      cardCount: 3,
      newColumns: ['Parking lot'],
      errors: [],
      columns: [
        { name: 'To do', cardCount: 1, sampleTitles: ['Press kit'] },
        { name: 'Doing', cardCount: 1 },
        { name: 'Parking lot', columnId: null, cardCount: 1 },
      ],
    });
    expect(await snapshot(t.db)).toBe(before);

    const res = await call(t.as, board.id, body(board, rows));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ boardId: board.id, cards: 3, newColumns: ['Parking lot'] });
    const after = await getBoard(t.as, board.id);
    expect(layout(after)).toMatchObject({
      'To do': ['Press kit'],
      Doing: ['Already here', 'Café 🚀 teaser'],
      'Parking lot': ['Retro notes'],
    });
    // A new column goes before the done column, so what counts as done is unchanged.
    expect(after.columns.slice(-2).map((c) => c.name)).toEqual(['Parking lot', 'Done']);
    expect(columnOf(after, 'Doing').cards[1]).toMatchObject({
      description: 'two\r\nlines, "quoted"',
      labels: ['Social', 'SEO'],
      effort: 0.5,
      dueDate: '2026-12-24',
    });
  });

  it('tells live viewers to reload with one event, not one per card', async () => {
    const board = await createBoard(t.as, 'Watched');
    const seq = (await getBoard(t.as, board.id)).seq;
    const rows = Array.from({ length: 40 }, (_, i) => [`Card ${i}`, '', '', '', '', '']);
    expect((await call(t.as, board.id, body(board, rows))).statusCode).toBe(201);
    const events = await readHistory(t.db, board.id, seq);
    expect(events.map((e) => e.type)).toEqual(['board.imported']);
    expect(events[0]).toMatchObject({ source: 'csv', cards: 40, actor: { name: 'Lena Lead' } });
  });

  it('puts the cards in the running sprint, as any card added to its board, and its burndown counts them', async () => {
    const board = await createBoard(t.as, 'Sprinting');
    const sprint = await createSprint(t.as, board.id, { name: 'Sprint 1', startDate: '2030-01-07' });
    await startSprint(t.as, sprint.id);
    const rows = [
      ['Imported mid-sprint', '', '', '', '3', ''],
      ['Imported done', '', 'Done', '', '', ''],
      ['Imported aside', '', 'Parking lot', '', '2', ''],
    ];
    expect((await call(t.as, board.id, body(board, rows))).statusCode).toBe(201);
    const after = await getBoard(t.as, board.id);
    const imported = after.columns.flatMap((column) => column.cards);
    expect(imported.map((c) => [c.title, c.sprintId])).toEqual([
      ['Imported mid-sprint', sprint.id],
      ['Imported aside', sprint.id],
      ['Imported done', sprint.id],
    ]);
    const history = await burndownHistory(t.db.prisma, {
      id: sprint.id,
      boardId: board.id,
      timeZone: 'UTC',
      doneColumnId: columnOf(after, 'Done').id,
    });
    const idOf = (title: string) => imported.find((card) => card.title === title)!.id;
    expect(history!.changes).toEqual([
      expect.objectContaining({ cardId: idOf('Imported mid-sprint'), points: 3, inScope: true, done: false }),
      expect.objectContaining({ cardId: idOf('Imported done'), points: 0, inScope: true, done: true }),
      expect.objectContaining({ cardId: idOf('Imported aside'), points: 2, inScope: true, done: false }),
    ]);
  });

  it('refuses a file with bad rows, naming each row, and imports none of it', async () => {
    const board = await createBoard(t.as, 'Strict');
    const before = await snapshot(t.db);
    const rows = [
      ['Good', '', '', '', '', ''],
      ['', 'no title', '', '', '', ''],
      ['Odd points', '', '', '', '4', ''],
      ['Bad date', '', '', '', '', 'next week'],
    ];
    const preview = (await call(t.as, board.id, body(board, rows), true)).json();
    expect(preview.errors.map((e: { row: number }) => e.row)).toEqual([3, 4, 5]);
    const res = await call(t.as, board.id, body(board, rows));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(
      /^Nothing was imported\. Fix the file: Row 3: the title is empty; Row 4: effort "4"/,
    );
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.file.row.3',
      'body.file.row.4',
      'body.file.row.5',
    ]);
    const malformed = await call(t.as, board.id, body(board, [], { file: 'Title\n"never closed\n' }));
    expect(malformed.json().detail).toBe('Row 2: a quoted field is never closed (a " is missing)');
    expect(await snapshot(t.db)).toBe(before);
  });

  it('respects hard WIP limits of the columns it fills', async () => {
    const board = await createBoard(t.as, 'Limited');
    const doing = columnOf(board, 'Doing');
    await t.as.inject({ method: 'PATCH', url: `/api/columns/${doing.id}`, payload: { wipLimit: 2, wipHard: true } });
    await addCards(t.as, board, 'Doing', ['One']);
    const rows = ['A', 'B'].map((title) => [title, '', 'Doing', '', '', '']);
    const before = await snapshot(t.db);
    const res = await call(t.as, board.id, body(board, rows));
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('"Doing" has a hard WIP limit of 2 and holds 1; rows 3 would go over it');
    expect(await snapshot(t.db)).toBe(before);
  });

  it('lets members import into existing columns, but only leads add columns', async () => {
    const board = await createBoard(t.as, 'Shared');
    const member = await join(t.app, t.as, t.as.teamId, 'Mo Member');
    const rows = [['New thing', '', 'Ideas', '', '', '']];
    const refused = await call(member, board.id, body(board, rows));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toContain('Only a team lead can add columns (Ideas)');
    const redirected = await call(member, board.id, body(board, rows, { unknownColumns: 'default' }));
    expect(redirected.statusCode).toBe(201);
    expect(layout(await getBoard(t.as, board.id))['To do']).toEqual(['New thing']);
  });

  it('reads semicolon-separated files when told so', async () => {
    const board = await createBoard(t.as, 'Semicolons');
    const file = '\uFEFFTitle;Points\r\n"Plan; then act";0,5\r\n';
    const res = await call(t.as, board.id, body(board, [], { file, delimiter: ';', mapping: ['title', 'effort'] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(columnOf(await getBoard(t.as, board.id), 'To do').cards[0]).toMatchObject({
      title: 'Plan; then act',
      effort: 0.5,
    });
  });
});
