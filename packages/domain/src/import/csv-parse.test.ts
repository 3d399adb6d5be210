import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../review/csv.ts';
import { type CsvDelimiter, guessCsvDelimiter, parseCsv } from './csv-parse.ts';

const parse = (text: string, delimiter: CsvDelimiter = ',') => {
  const result = parseCsv(text, delimiter);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks inside', () => {
    expect(parse('title,notes\r\n"Launch, part 1","say ""hi""\r\nand bye"\r\n')).toEqual([
      ['title', 'notes'],
      ['Launch, part 1', 'say "hi"\r\nand bye'],
    ]);
  });

  it('takes LF, CRLF and lone CR line ends, with or without a final one', () => {
    expect(parse('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parse('a,b\r1,2\r')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('drops the BOM and keeps empty fields, empty quoted fields and unicode', () => {
    expect(parse('\uFEFFtitle,,x\r\nCafé 🚀,"",\r\n')).toEqual([
      ['title', '', 'x'],
      ['Café 🚀', '', ''],
    ]);
  });

  it('reads semicolon files as Excel writes them in many locales, and guesses when a file is one', () => {
    expect(guessCsvDelimiter('title;effort\n"a;b";0,5\n')).toBe(';');
    expect(guessCsvDelimiter('"a;b",c\n')).toBe(',');
    expect(guessCsvDelimiter('title\n')).toBe(',');
    expect(parse('title;effort\n"a;b";0,5\n', ';')).toEqual([
      ['title', 'effort'],
      ['a;b', '0,5'],
    ]);
  });

  it('names the row of a quote never closed or text after a closing quote', () => {
    const open = parseCsv('title\nok\n"never closed\n');
    expect(open.ok).toBe(false);
    if (!open.ok) expect(open.error.message).toBe('Row 3: a quoted field is never closed (a " is missing)');
    const after = parseCsv('title,x\n"quoted"junk,1\n');
    expect(after.ok).toBe(false);
    if (!after.ok) expect(after.error.message).toContain('Row 2: unexpected text after a closing quote');
  });

  it('keeps a quote inside an unquoted field as it is', () => {
    expect(parse('a\n12" vinyl\n')).toEqual([['a'], ['12" vinyl']]);
  });

  it('reads back whatever our CSV writer writes (round trip)', () => {
    const unit = fc.constantFrom('a', 'é', '🚀', ',', '"', '\r', '\n', '\r\n', ' ', ';', "'");
    const text = fc.oneof(fc.string({ unit }), fc.constantFrom('a;b', '', '""', '\r\n'));
    // The writer defuses formula starts with a quote; nothing here starts like a formula.
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 5 }),
        fc.array(fc.array(text, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        (header, rows) => {
          const expected = [header, ...rows].map((row) => row.map((cell) => (/^[\r]/.test(cell) ? `'${cell}` : cell)));
          // A lone empty-string header row would be a blank line: still one row of one empty field.
          expect(parse(toCsv(header, rows))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
