import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

/**
 * What makes two column names the same to a person: case, Unicode form and spacing aside.
 * Imports match a file's column names to the board's this way too.
 */
export const columnNameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A board's column names are its people's words for where a card is ("move it to Review") and
 * what an import matches rows by, so two columns of a board may not share one. `others` are the
 * board's other columns.
 */
export function checkColumnNameFree(name: string, others: readonly { name: string }[]): Result<string> {
  const key = columnNameKey(name);
  const taken = others.find((column) => columnNameKey(column.name) === key);
  if (!taken) return ok(name);
  return err(
    domainError(
      'VALIDATION_FAILED',
      `This board already has a column named "${taken.name}"; choose another name.`,
      'name',
    ),
  );
}

/**
 * Names for new columns that repeat none of `names` among themselves: a repeat becomes "Name (2)",
 * "Name (3)"…, shortened to fit `max`. For a board made from another tool's lists, which may
 * repeat names.
 */
export function distinctColumnNames(names: readonly string[], max: number): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    let unique = name;
    for (let n = 2; used.has(columnNameKey(unique)); n++) {
      const suffix = ` (${n})`;
      unique = `${name.slice(0, max - suffix.length).trimEnd()}${suffix}`;
    }
    used.add(columnNameKey(unique));
    return unique;
  });
}
