import { CSV_FIELDS } from '@echoboard/domain';
import { z } from 'zod';
import { Id } from './common.ts';

/** Imports take the file's text as it is; the server reads it, so a bad file gets one clear answer. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

const file = z.string().min(1, 'choose a file to import');

export const TrelloImportBody = z.strictObject({
  /** The text of Trello's JSON export (Board menu → Print and export → JSON). */
  file,
  /** Archived lists and cards: leave them out, or bring them in as archived cards. */
  archived: z.enum(['skip', 'import']).default('skip'),
});
export type TrelloImportBody = z.infer<typeof TrelloImportBody>;

const warnings = z.array(z.string());

export const TrelloImportPreview = z
  .object({
    boardName: z.string(),
    /** The columns the new board will have, in order, each with what lands in it. */
    columns: z.array(z.object({ name: z.string(), cardCount: z.number().int(), sampleTitles: z.array(z.string()) })),
    archived: z.object({ lists: z.number().int(), cards: z.number().int() }),
    totals: z.object({
      cards: z.number().int(),
      checklistItems: z.number().int(),
      comments: z.number().int(),
      labels: z.number().int(),
    }),
    members: z.array(
      z.object({
        trelloName: z.string(),
        memberId: Id.nullable(),
        memberName: z.string().nullable(),
        matchedBy: z.enum(['email', 'name', 'username']).nullable(),
        ambiguous: z.boolean(),
        cardCount: z.number().int(),
      }),
    ),
    warnings,
  })
  .meta({ id: 'TrelloImportPreview' });
export type TrelloImportPreview = z.infer<typeof TrelloImportPreview>;

export const TrelloImportResult = z
  .object({
    boardId: Id,
    boardName: z.string(),
    columns: z.number().int(),
    cards: z.number().int(),
    archivedCards: z.number().int(),
    checklistItems: z.number().int(),
    comments: z.number().int(),
  })
  .meta({ id: 'TrelloImportResult' });
export type TrelloImportResult = z.infer<typeof TrelloImportResult>;

export const CsvImportBody = z.strictObject({
  /** The CSV text (UTF-8; a BOM is fine). */
  file,
  delimiter: z.enum([',', ';']).default(','),
  /** One field per column of the file's header, in order. */
  mapping: z.array(z.enum(CSV_FIELDS)).min(1).max(100),
  /** Where rows go that name no column. */
  defaultColumnId: Id,
  /** Column names the board lacks: add them (leads) or put their rows in the default column. */
  unknownColumns: z.enum(['create', 'default']).default('create'),
});
export type CsvImportBody = z.infer<typeof CsvImportBody>;

export const CsvImportPreview = z
  .object({
    header: z.array(z.string()),
    columns: z.array(
      z.object({
        columnId: Id.nullable(),
        name: z.string(),
        cardCount: z.number().int(),
        sampleTitles: z.array(z.string()),
      }),
    ),
    newColumns: z.array(z.string()),
    cardCount: z.number().int(),
    errors: z.array(z.object({ row: z.number().int().nullable(), message: z.string() })),
    warnings,
  })
  .meta({ id: 'CsvImportPreview' });
export type CsvImportPreview = z.infer<typeof CsvImportPreview>;

export const CsvImportResult = z
  .object({ boardId: Id, cards: z.number().int(), newColumns: z.array(z.string()) })
  .meta({ id: 'CsvImportResult' });
export type CsvImportResult = z.infer<typeof CsvImportResult>;
