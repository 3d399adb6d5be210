import type { UpdateCardBody } from '@echoboard/contracts';
import { DEFAULT_EFFORT_SCALE, validateCardFields } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import type { Card as PrismaCard } from '../../generated/prisma/client.ts';
import { boardsShowing, lockTeamBoards, placeOf, recordPlanEvents } from '../backlog/plan-events.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { type BoardCardRow, fromCalendarDate, isOnBoard, toAnyCard, toCard, toPlannedCard } from '../mappers.ts';
import { linkedCardFields } from './card-links.ts';

/** Loads a card under a row lock, archived or not. */
export async function lockCardRow(tx: Tx, cardId: string): Promise<PrismaCard> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM cards WHERE id = ${cardId}::uuid FOR UPDATE`;
  const card = locked.length ? await tx.card.findUnique({ where: { id: cardId } }) : null;
  if (!card) throw notFound('CARD_NOT_FOUND', cardId);
  return card;
}

/** Loads a card to change it, under a row lock, and checks the version the client last saw. */
export async function lockCard(tx: Tx, cardId: string, expectedVersion: number | undefined) {
  const card = await lockCardRow(tx, cardId);
  checkVersion(card, expectedVersion);
  refuseArchived(card);
  return card;
}

/**
 * A row of a card's own (a comment, a checklist item) for a write: its card is locked first, as
 * lockCard does, then the row is read again, since it may have gone while we waited. `find` reads
 * the row; `missing` is the 404 for it.
 */
export async function lockCardPart<T extends { cardId: string }>(
  tx: Tx,
  find: () => Promise<T | null>,
  missing: () => AppError,
): Promise<T> {
  const peek = await find();
  if (peek) await lockCard(tx, peek.cardId, undefined);
  const row = peek ? await find() : null;
  if (!row) throw missing();
  return row;
}

/** An archived card is read-only until restored (it has no place a change could show in). */
export function refuseArchived(card: PrismaCard): void {
  if (card.archivedAt) {
    throw new AppError(
      'CARD_ARCHIVED',
      `"${card.title}" is archived. Restore it from the board's archived cards first, then change it.`,
    );
  }
}

/** 409 with the current card when the client's version is not the stored one. */
export function checkVersion(card: PrismaCard, expectedVersion: number | undefined): void {
  if (expectedVersion !== undefined && expectedVersion !== card.version) {
    throw new AppError(
      'VERSION_CONFLICT',
      `"${card.title}" was changed by someone else (version ${card.version}, you had ${expectedVersion}). The current card is attached; review it and try again.`,
      { current: toAnyCard(card) },
    );
  }
}

/** For actions that only make sense on a board (moving between columns). */
export function requireOnBoard(card: PrismaCard): BoardCardRow {
  refuseArchived(card);
  if (!isOnBoard(card)) {
    throw new AppError(
      'CARD_NOT_ON_BOARD',
      `"${card.title}" is not on a board: it is in the backlog or in a sprint that has not started. Plan it into a sprint and start the sprint first.`,
    );
  }
  return card;
}

/** lockCard for actions that only make sense on a board. */
export async function lockBoardCard(
  tx: Tx,
  cardId: string,
  expectedVersion: number | undefined,
): Promise<BoardCardRow> {
  return requireOnBoard(await lockCard(tx, cardId, expectedVersion));
}

export async function updateCard(db: Database, options: { cardId: string; input: UpdateCardBody; actor: Actor }) {
  const { cardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const { version, assigneeId, shareable, campaignId, ...fields } = input;
    await lockBoardsIfPlanned(tx, cardId);
    const card = await lockCard(tx, cardId, version);
    const valid = unwrap(validateCardFields(fields, await effortScaleOf(tx, card)));
    const links = await linkedCardFields(tx, card.teamId, { assigneeId, shareable, campaignId });
    const { dueDate, ...rest } = valid;
    const updated = await tx.card.update({
      where: { id: cardId },
      data: {
        ...rest,
        ...links,
        ...(dueDate !== undefined ? { dueDate: fromCalendarDate(dueDate) } : {}),
        version: { increment: 1 },
      },
    });
    return recordEdited(tx, updated, actor);
  });
}

/**
 * Records an edited card for whoever shows it: its board's viewers, or for a backlog or planned
 * card, the planning pages of the boards that list it. Answers the card as the client knows it.
 */
export async function recordEdited(tx: Tx, updated: PrismaCard, actor: Actor) {
  if (!isOnBoard(updated)) {
    const planned = toPlannedCard(updated);
    const boardIds = await boardsShowing(tx, updated.teamId, [await placeOf(tx, updated)]);
    await recordPlanEvents(tx, boardIds, actor, [{ type: 'plan.upserted', action: 'edited', card: planned }]);
    return planned;
  }
  const edited = toCard(updated);
  await recordEvents(tx, edited.boardId, actor, [{ type: 'card.upserted', action: 'edited', card: edited }]);
  return edited;
}

/** Deletes a card; with `version`, only that version (409 with the current card otherwise). */
export async function deleteCard(
  db: Database,
  options: { cardId: string; version?: number | undefined; actor: Actor },
) {
  const { cardId, version, actor } = options;
  await inTransaction(db, async (tx) => {
    await lockBoardsIfPlanned(tx, cardId);
    const card = await lockCardRow(tx, cardId);
    checkVersion(card, version);
    // Where it was shown, read before it goes (a planned card's sprint tells its board).
    const planBoards = card.boardId ? [] : await boardsShowing(tx, card.teamId, [await placeOf(tx, card)]);
    const [deleted] = await tx.$queryRaw<{ board_id: string | null }[]>`
      DELETE FROM cards WHERE id = ${cardId}::uuid RETURNING board_id`;
    if (!deleted) throw notFound('CARD_NOT_FOUND', cardId);
    if (deleted.board_id) await recordEvents(tx, deleted.board_id, actor, [{ type: 'card.deleted', cardId }]);
    else await recordPlanEvents(tx, planBoards, actor, [{ type: 'plan.removed', cardId }]);
  });
}

/**
 * A backlog or planned card's change is recorded on boards (plan-events.ts), which planning
 * writes lock before cards: so do that here when the card is off the board. Read unlocked, it may
 * be stale; then the events lock the boards after the card, a rare deadlock inTransaction retries.
 */
export async function lockBoardsIfPlanned(tx: Tx, cardId: string): Promise<void> {
  const peek = await tx.card.findUnique({ where: { id: cardId }, select: { teamId: true, boardId: true } });
  if (peek && peek.boardId === null) await lockTeamBoards(tx, peek.teamId);
}

/** A card off the board (backlog, sprint plan) is estimated on the scale of its sprint's board, else the default. */
async function effortScaleOf(tx: Tx, card: { boardId: string | null; sprintId: string | null }) {
  const boardId =
    card.boardId ?? (card.sprintId ? (await tx.sprint.findUnique({ where: { id: card.sprintId } }))?.boardId : null);
  const board = boardId ? await tx.board.findUnique({ where: { id: boardId }, select: { effortScale: true } }) : null;
  return board?.effortScale ?? DEFAULT_EFFORT_SCALE;
}
