import type { CreatedReviewLink, CreateReviewLinkBody, ReviewLink } from '@echoboard/contracts';
import { checkSprintShareable, linkStatus, reviewLinkExpiry } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { unwrap } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';
import { requireLead, requireReviewLink, requireSprint } from '../access.ts';
import type { AuthUser } from '../auth/sessions.ts';
import { hashToken, newToken } from '../tokens.ts';

type LinkRow = Prisma.ReviewLink & { createdBy: { name: string } | null };

const withCreator = { createdBy: { select: { name: true } } } as const;

const toLink = (link: LinkRow, now = new Date()): ReviewLink => ({
  id: link.id,
  sprintId: link.sprintId,
  label: link.label,
  status: linkStatus(link, now),
  createdAt: link.createdAt.toISOString(),
  createdBy: link.createdBy?.name ?? null,
  expiresAt: link.expiresAt.toISOString(),
  revokedAt: link.revokedAt?.toISOString() ?? null,
});

/**
 * A lead shares a sprint's review, running or completed (a running sprint's page says its figures
 * are a snapshot); a planned sprint has nothing to review yet. The token is returned this once only.
 */
export async function createReviewLink(
  db: Database,
  user: AuthUser,
  sprintId: string,
  input: CreateReviewLinkBody,
): Promise<CreatedReviewLink> {
  requireLead(await requireSprint(db.prisma, user, sprintId), 'share the sprint review');
  const sprint = await db.prisma.sprint.findUniqueOrThrow({ where: { id: sprintId }, select: { state: true } });
  unwrap(checkSprintShareable(sprint.state, 'review'));
  const expiresAt = unwrap(reviewLinkExpiry(input.expiresAt ? new Date(input.expiresAt) : null, new Date()));
  const token = newToken();
  const link = await db.prisma.reviewLink.create({
    data: { sprintId, label: input.label, tokenHash: hashToken(token), createdById: user.id, expiresAt },
    include: withCreator,
  });
  return { link: toLink(link), token, url: `/r/${token}` };
}

/** Every member sees who the sprint's review is shared with (newest first). */
export async function listReviewLinks(db: Database, user: AuthUser, sprintId: string): Promise<ReviewLink[]> {
  await requireSprint(db.prisma, user, sprintId);
  const links = await db.prisma.reviewLink.findMany({
    where: { sprintId },
    include: withCreator,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  const now = new Date();
  return links.map((link) => toLink(link, now));
}

/** Revoking takes effect on the next request to the link; doing it twice is harmless. */
export async function revokeReviewLink(db: Database, user: AuthUser, linkId: string): Promise<ReviewLink> {
  requireLead(await requireReviewLink(db.prisma, user, linkId), 'revoke review links');
  await db.prisma.reviewLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: new Date() } });
  return toLink(await db.prisma.reviewLink.findUniqueOrThrow({ where: { id: linkId }, include: withCreator }));
}
