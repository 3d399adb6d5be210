import { compareKeys } from '../rank/fractional-index.ts';

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
