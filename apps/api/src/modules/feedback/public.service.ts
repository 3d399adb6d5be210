import type { FeedbackReceipt, PublicFeedbackPage, SubmitFeedbackBody, SubmittedFeedback } from '@echoboard/contracts';
import { describeOutcome, validateSubmission } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, bodyFieldError } from '../../errors.ts';
import { toCalendarDate } from '../mappers.ts';
import { derivedToken, hashToken } from '../tokens.ts';
import { deliveredOn, resolveLink } from './public-link.ts';

/** The public page: only what the person giving feedback needs to see. */
export async function loadFeedbackPage(db: Database, token: string): Promise<PublicFeedbackPage> {
  const link = await resolveLink(db.prisma, token);
  const items = await deliveredOn(db.prisma, link);
  return {
    teamName: link.sprint.board.team.name,
    sprintName: link.sprint.name,
    sprintGoal: link.sprint.goal,
    message: link.message,
    items: items.map(({ key, title }) => ({ key, title })),
  };
}

/**
 * Stores one submission. The receipt is derived from the link's token and the idempotency key, so
 * a retry (or fifty concurrent copies) of the same submit computes the same receipt; the insert
 * skips a row that already exists for (sprint, key), and the stored receipt hash proves the row is
 * this submitter's and not a key reused from another link.
 */
export async function submitFeedback(
  db: Database,
  token: string,
  body: SubmitFeedbackBody,
): Promise<SubmittedFeedback> {
  return inTransaction(db, async (tx) => {
    const link = await resolveLink(tx, token);
    const items = await deliveredOn(tx, link);
    const result = validateSubmission({ ...body, rating: body.rating ?? Number.NaN }, new Set(items.map((i) => i.key)));
    if (!result.ok) {
      const errors = result.error.map(bodyFieldError);
      throw new AppError('VALIDATION_FAILED', `Please check: ${errors.map((e) => e.message).join('; ')}.`, { errors });
    }
    const cardOf = new Map(items.map((item) => [item.key, item.cardId]));
    const receipt = derivedToken(token, body.idempotencyKey);
    const receiptHash = hashToken(receipt);
    const { itemRatings, ...fields } = result.value;
    // ON CONFLICT DO NOTHING: a concurrent duplicate waits for the first insert, then skips.
    await tx.feedback.createMany({
      data: {
        ...fields,
        teamId: link.sprint.board.teamId,
        sprintId: link.sprintId,
        linkId: link.id,
        idempotencyKey: body.idempotencyKey,
        receiptHash,
        itemRatings: itemRatings.map(({ item, rating }) => ({ cardId: cardOf.get(item), rating })),
      },
      skipDuplicates: true,
    });
    const stored = await tx.feedback.findUnique({
      where: { sprintId_idempotencyKey: { sprintId: link.sprintId, idempotencyKey: body.idempotencyKey } },
      select: { receiptHash: true },
    });
    if (stored?.receiptHash !== receiptHash) {
      throw new AppError('VALIDATION_FAILED', 'This submission key was already used; reload the page and send again.', {
        errors: [{ path: 'body.idempotencyKey', message: 'was already used' }],
      });
    }
    return { receipt, url: `/f/receipt/${receipt}` };
  });
}

/** What became of a submission, for the person holding its receipt. */
export async function readReceipt(db: Database, receipt: string): Promise<FeedbackReceipt> {
  const feedback = await db.prisma.feedback.findUnique({
    where: { receiptHash: hashToken(receipt) },
    select: {
      status: true,
      createdAt: true,
      sprint: { select: { name: true } },
      cards: { select: { sprint: { select: { name: true, startDate: true } } } },
    },
  });
  if (!feedback) throw new AppError('FEEDBACK_NOT_FOUND', 'No feedback with this receipt.');
  const cards = feedback.cards.map((card) => ({
    sprint: card.sprint ? { name: card.sprint.name, startDate: toCalendarDate(card.sprint.startDate) ?? '' } : null,
  }));
  return {
    status: feedback.status,
    message: describeOutcome({ status: feedback.status, cards }),
    sprintName: feedback.sprint.name,
    submittedAt: feedback.createdAt.toISOString(),
  };
}
