import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

/** Checklist limits; the Trello import clips to them, so an imported card can always be edited. */
export const CHECKLIST_LIMITS = {
  itemsMax: 100,
  textMax: 500,
  nameMax: 120,
  defaultName: 'Checklist',
} as const;

export const COMMENT_LIMITS = { bodyMax: 5_000, authorNameMax: 80 } as const;

export interface ChecklistProgress {
  done: number;
  total: number;
}

export const checklistProgress = (items: readonly { done: boolean }[]): ChecklistProgress => ({
  done: items.filter((item) => item.done).length,
  total: items.length,
});

export interface ChecklistGroup<T> {
  name: string;
  items: T[];
  done: number;
}

/**
 * A card's items (in position order) as its named checklists, each in the order its first item
 * comes: Trello cards often carry several ("Launch", "QA"), and people read them one after another.
 */
export function groupChecklists<T extends { checklist: string; done: boolean }>(
  items: readonly T[],
): ChecklistGroup<T>[] {
  const groups = new Map<string, ChecklistGroup<T>>();
  for (const item of items) {
    const group = groups.get(item.checklist) ?? { name: item.checklist, items: [], done: 0 };
    group.items.push(item);
    if (item.done) group.done += 1;
    groups.set(item.checklist, group);
  }
  return [...groups.values()];
}

/** Refuses an item beyond the card's limit, saying what to do instead. */
export function checkChecklistRoom(count: number): Result<void> {
  if (count < CHECKLIST_LIMITS.itemsMax) return ok(undefined);
  return err(
    domainError(
      'CHECKLIST_FULL',
      `A card holds at most ${CHECKLIST_LIMITS.itemsMax} checklist items. Delete finished ones or split the work into another card.`,
    ),
  );
}

/**
 * The ids in their new order after moving one to `toIndex` (clamped to the list), as the item's
 * new place among all of the card's items. Positions are then rewritten 0..n-1.
 */
export function moveToIndex(ids: readonly string[], id: string, toIndex: number): Result<string[]> {
  const from = ids.indexOf(id);
  if (from === -1) return err(domainError('CHECKLIST_ITEM_NOT_FOUND', 'That checklist item is not on this card.'));
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(Math.trunc(toIndex), rest.length));
  rest.splice(at, 0, id);
  return ok(rest);
}
