import type { UpdateCardBody } from '@echoboard/contracts';
import { validateCardFields } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import { fromCalendarDate, toCard } from '../mappers.ts';

/** Loads a card under a row lock and checks the version the client last saw. */
export async function lockCard(tx: Tx, cardId: string, expectedVersion: number | undefined) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM cards WHERE id = ${cardId}::uuid FOR UPDATE`;
  const card = locked.length ? await tx.card.findUnique({ where: { id: cardId } }) : null;
  if (!card) throw notFound('CARD_NOT_FOUND', cardId);
  if (expectedVersion !== undefined && expectedVersion !== card.version) {
    throw new AppError(
      'VERSION_CONFLICT',
      `"${card.title}" was changed by someone else (version ${card.version}, you had ${expectedVersion}). The current card is attached; review it and try again.`,
      { current: toCard(card) },
    );
  }
  return card;
}

export async function updateCard(db: Database, options: { cardId: string; input: UpdateCardBody }) {
  const { cardId, input } = options;
  return inTransaction(db, async (tx) => {
    const { version, ...fields } = input;
    const card = await lockCard(tx, cardId, version);
    const board = await tx.board.findUniqueOrThrow({ where: { id: card.boardId }, select: { effortScale: true } });
    const valid = unwrap(validateCardFields(fields, board.effortScale));
    const { dueDate, ...rest } = valid;
    const updated = await tx.card.update({
      where: { id: cardId },
      data: {
        ...rest,
        ...(dueDate !== undefined ? { dueDate: fromCalendarDate(dueDate) } : {}),
        version: { increment: 1 },
      },
    });
    return toCard(updated);
  });
}

export async function deleteCard(db: Database, cardId: string) {
  await inTransaction(db, async (tx) => {
    const { count } = await tx.card.deleteMany({ where: { id: cardId } });
    if (count === 0) throw notFound('CARD_NOT_FOUND', cardId);
  });
}
