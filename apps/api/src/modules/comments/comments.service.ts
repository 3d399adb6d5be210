import type { CardComment, CommentBody } from '@echoboard/contracts';
import { COMMENT_LIMITS, commentRights } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';
import type { Access } from '../access.ts';
import type { AuthUser } from '../auth/sessions.ts';
import { recordCardStats } from '../cards/card-stats.ts';
import { lockCard, lockCardPart } from '../cards/update-card.ts';
import { actorOf } from '../events/record.ts';

/*
 * Comments on a card, oldest first. The author's name is stored as written at the time, so an
 * imported comment keeps its original author and a rename does not rewrite history. Who may edit
 * or delete one is the domain's commentRights. Every write locks the card first: an archived
 * card's comments are read-only until it is restored.
 */

export const toComment = (row: Prisma.CardComment): CardComment => ({
  id: row.id,
  cardId: row.cardId,
  authorId: row.authorId,
  authorName: row.authorName,
  body: row.body,
  createdAt: row.createdAt.toISOString(),
  editedAt: row.editedAt?.toISOString() ?? null,
});

export async function listComments(db: Database, cardId: string): Promise<CardComment[]> {
  const rows = await db.prisma.cardComment.findMany({
    where: { cardId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toComment);
}

export async function addComment(
  db: Database,
  options: { cardId: string; input: CommentBody; user: AuthUser },
): Promise<CardComment> {
  const { cardId, input, user } = options;
  return inTransaction(db, async (tx) => {
    await lockCard(tx, cardId, undefined);
    const row = await tx.cardComment.create({
      data: {
        cardId,
        authorId: user.id,
        authorName: user.name.slice(0, COMMENT_LIMITS.authorNameMax),
        body: input.body,
      },
    });
    await recordCardStats(tx, cardId, actorOf(user));
    return toComment(row);
  });
}

export async function editComment(
  db: Database,
  options: { commentId: string; input: CommentBody; user: AuthUser; access: Access },
): Promise<CardComment> {
  const { commentId, input, user, access } = options;
  return inTransaction(db, async (tx) => {
    const comment = await lockComment(tx, commentId);
    if (!commentRights(comment, { userId: user.id, role: access.role }).edit) {
      throw new AppError(
        'FORBIDDEN',
        'Only the person who wrote a comment can edit it. Add a comment of your own instead.',
      );
    }
    return toComment(
      await tx.cardComment.update({ where: { id: commentId }, data: { body: input.body, editedAt: new Date() } }),
    );
  });
}

export async function deleteComment(
  db: Database,
  options: { commentId: string; user: AuthUser; access: Access },
): Promise<void> {
  const { commentId, user, access } = options;
  await inTransaction(db, async (tx) => {
    const comment = await lockComment(tx, commentId);
    if (!commentRights(comment, { userId: user.id, role: access.role }).delete) {
      throw new AppError('FORBIDDEN', 'Only the person who wrote a comment, or a team lead, can delete it.');
    }
    await tx.cardComment.delete({ where: { id: commentId } });
    await recordCardStats(tx, comment.cardId, actorOf(user));
  });
}

/** The comment, read under its card's lock; not on an archived card. */
const lockComment = (tx: Tx, commentId: string) =>
  lockCardPart(
    tx,
    () => tx.cardComment.findUnique({ where: { id: commentId } }),
    () => new AppError('COMMENT_NOT_FOUND', `No comment with id ${commentId}; it may have been deleted.`),
  );
