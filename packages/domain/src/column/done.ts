import { compareKeys, keysBetween } from '../rank/fractional-index.ts';

/**
 * The board's done column: its last one. Cards there are done: completing a sprint keeps them as
 * what it delivered, the review counts them as burnt down, and feedback pages show them as shipped.
 * Null for a board without columns.
 */
export function doneColumnId(columns: readonly { id: string; rank: string }[]): string | null {
  let last: { id: string; rank: string } | null = null;
  for (const column of columns) if (last === null || compareKeys(column.rank, last.rank) > 0) last = column;
  return last?.id ?? null;
}

/**
 * The column a new column goes after when a person adds one: the one just before the done
 * column, so the done column stays last and adding a column never changes what counts as done.
 * Null: first (the done column is the only one); undefined: the board has no columns yet.
 */
export function newColumnAfter(columns: readonly { id: string; rank: string }[]): string | null | undefined {
  const done = doneColumnId(columns);
  if (done === null) return undefined;
  let before: { id: string; rank: string } | null = null;
  for (const column of columns) {
    if (column.id === done) continue;
    if (before === null || compareKeys(column.rank, before.rank) > 0) before = column;
  }
  return before?.id ?? null;
}

/**
 * Keys for `count` new columns added together (an import), in order, where newColumnAfter puts
 * one: just before the done column, which stays last; on a board without columns, the only ones.
 */
export function newColumnKeys(columns: readonly { id: string; rank: string }[], count: number): string[] {
  const after = newColumnAfter(columns);
  const rankOf = (id: string | null | undefined) => columns.find((c) => c.id === id)?.rank ?? null;
  return keysBetween(rankOf(after), rankOf(doneColumnId(columns)), count);
}
