import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

/**
 * RFC 4180 CSV reading: fields in double quotes may hold the delimiter, CR, LF and doubled quotes;
 * records end with CRLF, LF or CR; a leading UTF-8 BOM is dropped; a last line break is optional.
 * The delimiter is a comma unless told otherwise (Excel writes semicolons in many European locales;
 * guessCsvDelimiter suggests one, and the person confirms it). A quote inside an unquoted field is kept as
 * it is, as spreadsheets do; text after a closing quote, or a quote never closed, is an error
 * naming the row (rows counted as a spreadsheet shows them: the header is row 1).
 */
export const CSV_MAX_ROWS = 10_000;

const tooManyRows = () =>
  err(
    domainError(
      'VALIDATION_FAILED',
      `The file has more than ${CSV_MAX_ROWS} rows; split it into smaller files`,
      'file',
    ),
  );

export type CsvDelimiter = ',' | ';';

/** Semicolon when the first line has semicolons and no commas outside quotes; else comma. */
export const guessCsvDelimiter = (text: string): CsvDelimiter => {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > 0 && commas === 0 ? ';' : ',';
};

export const parseCsv = (input: string, delimiter: CsvDelimiter = ','): Result<string[][]> => {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const fail = (message: string) => err(domainError('VALIDATION_FAILED', `Row ${rows.length + 1}: ${message}`, 'file'));
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // A quoted field: runs to the next quote not followed by another quote.
      let j = i + 1;
      let value = '';
      for (;;) {
        const next = text.indexOf('"', j);
        if (next === -1) return fail('a quoted field is never closed (a " is missing)');
        value += text.slice(j, next);
        if (text[next + 1] === '"') {
          value += '"';
          j = next + 2;
          continue;
        }
        j = next + 1;
        break;
      }
      const after = text[j];
      if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
        return fail(`unexpected text after a closing quote (${JSON.stringify(text.slice(j, j + 10))})`);
      }
      field = value;
      // An empty quoted field must still count as a field, so mark it and move on.
      i = j;
      if (after === delimiter) {
        row.push(field);
        field = '';
        i++;
      } else if (after === undefined) {
        break;
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (rows.length > CSV_MAX_ROWS + 1) {
        return tooManyRows();
      }
    } else {
      field += ch;
      i++;
    }
  }
  // The last record, unless the text ended with its line break.
  if (field !== '' || row.length > 0 || (text.length > 0 && !/[\r\n]$/.test(text))) endRow();
  if (rows.length > CSV_MAX_ROWS + 1) {
    return tooManyRows();
  }
  return ok(rows);
};
