/** The key of the list that holds `id` (a card's column, or its planning list), if any. */
export function listHolding<K extends string>(lists: Record<K, string[]>, id: string): K | undefined {
  for (const key in lists) if (lists[key].includes(id)) return key;
  return undefined;
}

/**
 * Lists of ids (a board's columns, the planning page's backlog and sprint) with one id taken out
 * of `from` and put at `index` of `to`, clamped to that list: what a drag shows before the drop.
 * Lists it does not touch keep their identity, so only the two lists involved re-render.
 */
export function withIdAt<K extends string>(
  lists: Record<K, string[]>,
  from: K,
  to: K,
  id: string,
  index: number,
): Record<K, string[]> {
  const next: Record<K, string[]> = { ...lists };
  next[from] = (lists[from] ?? []).filter((other) => other !== id);
  const target = [...(next[to] ?? [])];
  target.splice(Math.max(0, Math.min(index, target.length)), 0, id);
  next[to] = target;
  return next;
}
