import type { Tx } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';

/**
 * The card fields that point at other rows, checked against the card's team: an assignee must be
 * a member of it. Returns only the fields the client sent, ready for Prisma.
 */
export async function linkedCardFields(
  tx: Tx,
  teamId: string,
  input: { assigneeId?: string | null | undefined; shareable?: boolean | undefined },
): Promise<{ assigneeId?: string | null; shareable?: boolean }> {
  const out: { assigneeId?: string | null; shareable?: boolean } = {};
  if (input.shareable !== undefined) out.shareable = input.shareable;
  if (input.assigneeId === undefined) return out;
  if (input.assigneeId !== null) {
    const member = await tx.membership.findUnique({
      where: { teamId_userId: { teamId, userId: input.assigneeId } },
      select: { userId: true },
    });
    if (!member) {
      throw new AppError('VALIDATION_FAILED', 'The assignee must be a member of the team; pick one from the list.', {
        errors: [{ path: 'body.assigneeId', message: 'is not a member of this team' }],
      });
    }
  }
  out.assigneeId = input.assigneeId;
  return out;
}
