import { isCalendarDate } from '../card/due-date.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => {
  const iso = `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
  return isCalendarDate(iso) ? iso : null;
};
const month = (name: string) => {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index === -1 ? null : index + 1;
};

export type ParsedDate = { ok: true; date: string | null } | { ok: false; message: string };

/**
 * A due date as people type it in a spreadsheet, to 'YYYY-MM-DD': ISO (with or without a time,
 * whose date part is kept as written), 2026/12/24, 24.12.2026 (day first), 24 Dec 2026,
 * Dec 24, 2026, and 24/12/2026 or 12/24/2026 when the numbers say which is the day. 03/04/2026
 * could be either, so it is refused rather than guessed.
 */
export const parseDueDate = (raw: string): ParsedDate => {
  const value = raw.trim();
  if (value === '') return { ok: true, date: null };
  const bad = { ok: false, message: `"${value}" is not a date; write it as YYYY-MM-DD, e.g. 2026-12-24` } as const;
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (m) return toResult(day(Number(m[1]), Number(m[2]), Number(m[3])), bad);
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (m) return toResult(day(Number(m[3]), Number(m[2]), Number(m[1])), bad);
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(value);
  if (m) return toResult(month(m[2]!) ? day(Number(m[3]), month(m[2]!)!, Number(m[1])) : null, bad);
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  if (m) return toResult(month(m[1]!) ? day(Number(m[3]), month(m[1]!)!, Number(m[2])) : null, bad);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (m) {
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (a > 12) return toResult(day(y, b, a), bad);
    if (b > 12) return toResult(day(y, a, b), bad);
    if (a === b) return toResult(day(y, a, b), bad);
    return {
      ok: false,
      message: `"${value}" could be day/month or month/day; write it as YYYY-MM-DD (e.g. ${y}-${pad(b)}-${pad(a)})`,
    };
  }
  return bad;
};

const toResult = (date: string | null, bad: ParsedDate): ParsedDate => (date ? { ok: true, date } : bad);
