import type { ChecklistItem, CreateChecklistItemBody, UpdateChecklistItemBody } from '@echoboard/contracts';
import { CHECKLIST_LIMITS, checkChecklistRoom, moveToIndex } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';
import { recordCardStats } from '../cards/card-stats.ts';
import { lockCard, lockCardPart } from '../cards/update-card.ts';
import type { Actor } from '../events/record.ts';

/*
 * A card's checklist items. Every write locks the card row first, so two people adding at once
 * get consecutive positions and the item limit cannot be overshot. Any member may edit, as with
 * the card's other fields. An archived card is read-only, its checklist too, until it is restored.
 */

// Imported items may share a position; creation order settles ties the same way every time.
const ORDER = [{ position: 'asc' as const }, { createdAt: 'asc' as const }, { id: 'asc' as const }];

export const toChecklistItem = (row: Prisma.ChecklistItem): ChecklistItem => ({
  id: row.id,
  cardId: row.cardId,
  checklist: row.checklist,
  text: row.text,
  done: row.done,
  position: row.position,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export async function listChecklist(db: Database, cardId: string): Promise<ChecklistItem[]> {
  const rows = await db.prisma.checklistItem.findMany({ where: { cardId }, orderBy: ORDER });
  return rows.map(toChecklistItem);
}

/** Appends an item to the named checklist (the card's last position). */
export async function addChecklistItem(
  db: Database,
  options: { cardId: string; input: CreateChecklistItemBody; actor: Actor },
): Promise<ChecklistItem> {
  const { cardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    await lockCard(tx, cardId, undefined);
    unwrap(checkChecklistRoom(await tx.checklistItem.count({ where: { cardId } })));
    const last = await tx.checklistItem.findFirst({ where: { cardId }, orderBy: { position: 'desc' } });
    const item = await tx.checklistItem.create({
      data: {
        cardId,
        checklist: input.checklist ?? CHECKLIST_LIMITS.defaultName,
        text: input.text,
        position: (last?.position ?? -1) + 1,
      },
    });
    await recordCardStats(tx, cardId, actor);
    return toChecklistItem(item);
  });
}

export async function updateChecklistItem(
  db: Database,
  options: { itemId: string; input: UpdateChecklistItemBody; actor: Actor },
): Promise<ChecklistItem> {
  const { itemId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const item = await lockItemCard(tx, itemId);
    const { position, ...fields } = input;
    if (position !== undefined) await reorder(tx, item, position);
    const updated = await tx.checklistItem.update({ where: { id: itemId }, data: fields });
    if (input.done !== undefined && input.done !== item.done) await recordCardStats(tx, item.cardId, actor);
    return toChecklistItem(updated);
  });
}

export async function deleteChecklistItem(db: Database, options: { itemId: string; actor: Actor }): Promise<void> {
  await inTransaction(db, async (tx) => {
    const item = await lockItemCard(tx, options.itemId);
    await tx.checklistItem.delete({ where: { id: item.id } });
    await recordCardStats(tx, item.cardId, options.actor);
  });
}

/** The item, read under its card's lock; not on an archived card. */
const lockItemCard = (tx: Tx, itemId: string) =>
  lockCardPart(
    tx,
    () => tx.checklistItem.findUnique({ where: { id: itemId } }),
    () => new AppError('CHECKLIST_ITEM_NOT_FOUND', `No checklist item with id ${itemId}; it may have been deleted.`),
  );

/** Puts the item at `position` among the card's items and renumbers them 0..n-1 (at most 100 rows). */
async function reorder(tx: Tx, item: Prisma.ChecklistItem, position: number) {
  const rows = await tx.checklistItem.findMany({ where: { cardId: item.cardId }, orderBy: ORDER });
  const order = unwrap(
    moveToIndex(
      rows.map((row) => row.id),
      item.id,
      position,
    ),
  );
  for (const [index, id] of order.entries()) {
    if (rows.find((row) => row.id === id)?.position !== index) {
      await tx.checklistItem.update({ where: { id }, data: { position: index } });
    }
  }
}
