import { describe, expect, it } from 'vitest';
import { DEFAULT_EFFORT_SCALE } from '../card/limits.ts';
import { parseDueDate } from './csv-dates.ts';
import { type CsvBoardColumn, type CsvImportOptions, guessCsvMapping, planCsvImport } from './csv-import.ts';

const columns: CsvBoardColumn[] = [
  { id: 'c-todo', name: 'To do', cardCount: 0, wipLimit: null, wipHard: false },
  { id: 'c-doing', name: 'Doing', cardCount: 2, wipLimit: 3, wipHard: true },
  { id: 'c-done', name: 'Done', cardCount: 0, wipLimit: null, wipHard: false },
];
const board = { columns, effortScale: DEFAULT_EFFORT_SCALE };
const header = ['Title', 'Notes', 'Status', 'Tags', 'Points', 'Deadline'];
const options = (over: Partial<CsvImportOptions> = {}): CsvImportOptions => ({
  mapping: guessCsvMapping(header),
  defaultColumnId: 'c-todo',
  unknownColumns: 'create',
  ...over,
});
const plan = (rows: string[][], over: Partial<CsvImportOptions> = {}) => {
  const result = planCsvImport([header, ...rows], board, options(over));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('guessCsvMapping', () => {
  it('guesses fields from common header names, each once, ignoring the rest', () => {
    expect(guessCsvMapping(header)).toEqual(['title', 'description', 'column', 'labels', 'effort', 'due']);
    expect(guessCsvMapping(['id', 'title', 'board', 'column', 'effort', 'labels', 'due_date', 'Name'])).toEqual([
      'ignore',
      'title',
      'ignore',
      'column',
      'effort',
      'labels',
      'due',
      'ignore',
    ]);
  });
});

describe('planCsvImport', () => {
  it('puts cards in their columns in file order, matching column names loosely', () => {
    const result = plan([
      ['Café 🚀', 'two\nlines', 'done', 'SEO; Social;seo', '0,5', '2026-12-24'],
      ['Brief', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['Post', '', 'To do', '', '3', '24 Dec 2026'],
    ]);
    expect(result.errors).toEqual([]);
    expect(result.columns.map((c) => [c.name, c.cards.map((card) => card.title)])).toEqual([
      ['To do', ['Brief', 'Post']],
      ['Done', ['Café 🚀']],
    ]);
    expect(result.columns[1]!.cards[0]).toEqual({
      row: 2,
      title: 'Café 🚀',
      description: 'two\nlines',
      labels: ['SEO', 'Social'],
      effort: 0.5,
      dueDate: '2026-12-24',
    });
    expect(result.cardCount).toBe(3);
  });

  it('creates unknown columns at the end, or sends their rows to the default column with a warning', () => {
    const rows = [
      ['A', '', 'Blocked', '', '', ''],
      ['B', '', 'blocked', '', '', ''],
    ];
    const created = plan(rows);
    expect(created.newColumns).toEqual(['Blocked']);
    expect(created.columns).toMatchObject([
      { columnId: null, name: 'Blocked', cards: [{ title: 'A' }, { title: 'B' }] },
    ]);
    const redirected = plan(rows, { unknownColumns: 'default' });
    expect(redirected.newColumns).toEqual([]);
    expect(redirected.columns).toMatchObject([{ columnId: 'c-todo', cards: [{ title: 'A' }, { title: 'B' }] }]);
    expect(redirected.warnings).toEqual(['The board has no column "Blocked"; those rows go into "To do"']);
  });

  it('reports every bad row with its number, as a spreadsheet counts rows', () => {
    const result = plan([
      ['Fine', '', '', '', '', ''],
      ['', 'no title', '', '', '', ''],
      ['Odd effort', '', '', '', '4', ''],
      ['Bad date', '', '', '', '', '2026-02-30'],
      ['Ambiguous', '', '', '', '', '03/04/2026'],
    ]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Row 3: the title is empty',
      'Row 4: effort "4" is not on the board\'s scale (0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40)',
      'Row 5: due date "2026-02-30" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-24',
      'Row 6: due date "03/04/2026" could be day/month or month/day; write it as YYYY-MM-DD (e.g. 2026-04-03)',
    ]);
    expect(result.cardCount).toBe(1);
  });

  it('reports rows that would push a column over its hard WIP limit', () => {
    const rows = ['A', 'B', 'C'].map((t) => [t, '', 'Doing', '', '', '']);
    const result = plan(rows);
    expect(result.errors).toEqual([
      {
        row: 3,
        message:
          '"Doing" has a hard WIP limit of 3 and holds 2; rows 3, 4 would go over it. Put those rows in another column or raise the limit',
      },
    ]);
  });

  it('takes off the quote our CSV export puts before formula-like text', () => {
    expect(plan([["'=SUM(A1) report", '', '', '', '', '']]).columns[0]!.cards[0]!.title).toBe('=SUM(A1) report');
  });

  it('refuses a mapping without titles, a field chosen twice, or an unknown default column', () => {
    const fail = (over: Partial<CsvImportOptions>) => {
      const result = planCsvImport([header, ['x', '', '', '', '', '']], board, options(over));
      return result.ok ? null : result.error.message;
    };
    expect(fail({ mapping: ['ignore', 'description', 'column', 'labels', 'effort', 'due'] })).toBe(
      'Choose which column of the file holds the card titles',
    );
    expect(fail({ mapping: ['title', 'title', 'column', 'labels', 'effort', 'due'] })).toBe(
      'Only one column of the file can be the title',
    );
    expect(fail({ defaultColumnId: 'elsewhere' })).toContain('not on this board');
    expect(fail({ mapping: ['title'] })).toBe('The mapping has 1 entries but the file has 6 columns');
    expect(planCsvImport([header], board, options()).ok).toBe(false);
  });
});

describe('parseDueDate', () => {
  it.each([
    ['2026-12-24', '2026-12-24'],
    ['2026-12-24T17:00:00.000Z', '2026-12-24'],
    ['2026/1/5', '2026-01-05'],
    ['24.12.2026', '2026-12-24'],
    ['24/12/2026', '2026-12-24'],
    ['12/24/2026', '2026-12-24'],
    ['Dec 24, 2026', '2026-12-24'],
    ['24 December 2026', '2026-12-24'],
    ['', null],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDueDate(input)).toEqual({ ok: true, date: expected });
  });

  it.each(['tomorrow', '2026-13-01', '31.02.2026', 'Smarch 3, 2026', '05/06/2026'])('refuses %j', (input) => {
    expect(parseDueDate(input).ok).toBe(false);
  });
});
