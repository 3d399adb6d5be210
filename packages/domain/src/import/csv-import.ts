import { normalizeLabels } from '../card/labels.ts';
import { CARD_LIMITS, COLUMN_LIMITS } from '../card/limits.ts';
import { columnNameKey } from '../column/name.ts';
import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { parseDueDate } from './csv-dates.ts';

/** What a CSV column can become on a card; 'ignore' leaves it out. */
export const CSV_FIELDS = ['title', 'description', 'column', 'labels', 'effort', 'due', 'ignore'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export interface CsvBoardColumn {
  id: string;
  name: string;
  cardCount: number;
  wipLimit: number | null;
  wipHard: boolean;
}

export interface CsvImportOptions {
  /** One field per CSV column, in the header's order. */
  mapping: readonly CsvField[];
  /** Where rows go that name no column (or when no CSV column is mapped to 'column'). */
  defaultColumnId: string;
  /** Column names the board does not have: add them at the end of the board, or use the default column. */
  unknownColumns: 'create' | 'default';
}

export interface PlannedCsvCard {
  /** The row in the file, the header being row 1, as a spreadsheet numbers it. */
  row: number;
  title: string;
  description: string;
  labels: string[];
  effort: number | null;
  dueDate: string | null;
}

export interface PlannedCsvColumn {
  /** An existing column, or null for one the import creates. */
  columnId: string | null;
  name: string;
  cards: PlannedCsvCard[];
}

export interface CsvRowError {
  /** null: not about one row (e.g. a WIP limit). */
  row: number | null;
  message: string;
}

export interface CsvImportPlan {
  columns: PlannedCsvColumn[];
  newColumns: string[];
  cardCount: number;
  /** Rows that cannot be imported as they are; the import refuses the file until they are fixed. */
  errors: CsvRowError[];
  warnings: string[];
}

const HEADER_GUESSES: [CsvField, RegExp][] = [
  ['title', /^(title|name|card|card name|summary|task|subject)$/],
  ['description', /^(description|desc|details|notes?|body|content)$/],
  ['column', /^(column|list|status|stage|state|lane)$/],
  ['labels', /^(labels?|tags?|categor(y|ies))$/],
  ['effort', /^(effort|points?|story points|estimate|size|sp)$/],
  ['due', /^(due|due date|due_date|duedate|deadline|due on|date)$/],
];

/** A first guess of the mapping from the header's names; each field is given at most once. */
export const guessCsvMapping = (header: readonly string[]): CsvField[] => {
  const taken = new Set<CsvField>();
  return header.map((name) => {
    const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
    const guess = HEADER_GUESSES.find(([field, pattern]) => !taken.has(field) && pattern.test(key))?.[0];
    if (!guess) return 'ignore';
    taken.add(guess);
    return guess;
  });
};

// Our CSV export puts a ' before text starting like a formula; reading it back takes it off.
const unguard = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

const planFailure = (message: string) => err(domainError('VALIDATION_FAILED', message, 'mapping'));

/**
 * Plans cards from CSV rows (header first) for an existing board. Row problems are collected, with
 * their row numbers, rather than stopping at the first, so a person can fix the file in one go.
 */
export const planCsvImport = (
  rows: readonly (readonly string[])[],
  board: { columns: readonly CsvBoardColumn[]; effortScale: readonly number[] },
  options: CsvImportOptions,
): Result<CsvImportPlan> => {
  const [header, ...data] = rows;
  if (!header || data.length === 0) {
    return err(domainError('VALIDATION_FAILED', 'The file has no rows below its header row', 'file'));
  }
  const { mapping } = options;
  if (mapping.length !== header.length) {
    return planFailure(`The mapping has ${mapping.length} entries but the file has ${header.length} columns`);
  }
  const at = (field: CsvField) => mapping.indexOf(field);
  for (const field of CSV_FIELDS) {
    if (field !== 'ignore' && mapping.filter((f) => f === field).length > 1) {
      return planFailure(`Only one column of the file can be the ${field}`);
    }
  }
  if (at('title') === -1) return planFailure('Choose which column of the file holds the card titles');
  const fallback = board.columns.find((c) => c.id === options.defaultColumnId);
  if (!fallback) return planFailure('The column for rows without one is not on this board; reload the board');

  const errors: CsvRowError[] = [];
  const warnings: string[] = [];
  const existing = new Map(board.columns.map((c) => [columnNameKey(c.name), c]));
  const planned = new Map<string, PlannedCsvColumn>();
  const redirected = new Map<string, string>();
  const cell = (row: readonly string[], field: CsvField) => unguard(at(field) === -1 ? '' : (row[at(field)] ?? ''));

  data.forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((value) => value.trim() === '')) return;
    const fail = (message: string) => errors.push({ row: rowNumber, message: `Row ${rowNumber}: ${message}` });
    const before = errors.length;
    const title = cell(row, 'title').trim();
    if (title === '') fail('the title is empty');
    else if (title.length > CARD_LIMITS.titleMax) fail(`the title is longer than ${CARD_LIMITS.titleMax} characters`);
    const description = cell(row, 'description');
    if (description.length > CARD_LIMITS.descriptionMax)
      fail(`the description is longer than ${CARD_LIMITS.descriptionMax} characters`);
    const labels = normalizeLabels(cell(row, 'labels').split(/[;,]/));
    const long = labels.find((l) => l.length > CARD_LIMITS.labelMax);
    if (long) fail(`the label "${long.slice(0, 20)}…" is longer than ${CARD_LIMITS.labelMax} characters`);
    if (labels.length > CARD_LIMITS.labelsMax)
      warnings.push(`Row ${rowNumber} has more than ${CARD_LIMITS.labelsMax} labels; the first were kept`);
    const rawEffort = cell(row, 'effort').trim();
    const effort = rawEffort === '' ? null : Number(rawEffort.replace(',', '.'));
    if (effort !== null && !(Number.isFinite(effort) && board.effortScale.includes(effort)))
      fail(`effort "${rawEffort}" is not on the board's scale (${board.effortScale.join(', ')})`);
    const due = parseDueDate(cell(row, 'due'));
    if (!due.ok) fail(`due date ${due.message}`);
    const columnName = cell(row, 'column').trim();
    let target: { columnId: string | null; name: string } = { columnId: fallback.id, name: fallback.name };
    if (columnName !== '') {
      const found = existing.get(columnNameKey(columnName));
      if (found) target = { columnId: found.id, name: found.name };
      else if (options.unknownColumns === 'default')
        redirected.set(columnNameKey(columnName), redirected.get(columnNameKey(columnName)) ?? columnName);
      else if (columnName.length > COLUMN_LIMITS.nameMax)
        fail(`the column name is longer than ${COLUMN_LIMITS.nameMax} characters`);
      else target = { columnId: null, name: planned.get(`new:${columnNameKey(columnName)}`)?.name ?? columnName };
    }
    if (errors.length > before) return;
    const key = target.columnId ?? `new:${columnNameKey(target.name)}`;
    const column = planned.get(key) ?? { ...target, cards: [] };
    planned.set(key, column);
    column.cards.push({
      row: rowNumber,
      title,
      description,
      labels: labels.slice(0, CARD_LIMITS.labelsMax),
      effort,
      dueDate: due.ok ? due.date : null,
    });
  });

  if (redirected.size > 0) {
    const names = [...redirected.values()].map((n) => `"${n}"`).join(', ');
    warnings.push(`The board has no column ${names}; those rows go into "${fallback.name}"`);
  }
  const columns = [
    ...board.columns.flatMap((c) => planned.get(c.id) ?? []),
    ...[...planned.values()].filter((c) => c.columnId === null),
  ];
  const newColumns = columns.filter((c) => c.columnId === null).map((c) => c.name);
  if (board.columns.length + newColumns.length > COLUMN_LIMITS.columnsMax) {
    errors.push({
      row: null,
      message: `The file names ${newColumns.length} new columns; a board holds at most ${COLUMN_LIMITS.columnsMax} columns`,
    });
  }
  for (const column of board.columns) {
    const incoming = planned.get(column.id)?.cards ?? [];
    if (!column.wipHard || column.wipLimit === null || column.cardCount + incoming.length <= column.wipLimit) continue;
    const over = incoming.slice(Math.max(0, column.wipLimit - column.cardCount)).map((c) => c.row);
    errors.push({
      row: over[0] ?? null,
      message:
        `"${column.name}" has a hard WIP limit of ${column.wipLimit} and holds ${column.cardCount}; ` +
        `rows ${over.slice(0, 10).join(', ')}${over.length > 10 ? ' …' : ''} would go over it. ` +
        'Put those rows in another column or raise the limit',
    });
  }
  return ok({
    columns,
    newColumns,
    cardCount: columns.reduce((n, c) => n + c.cards.length, 0),
    errors,
    warnings,
  });
};
