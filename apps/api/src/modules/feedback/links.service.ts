import type { CreatedFeedbackLink, CreateFeedbackLinkBody, FeedbackLink, FeedbackSprint } from '@echoboard/contracts';
import { checkSprintShareable, feedbackLinkExpiry, linkStatus } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { unwrap } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';
import { requireFeedbackLink, requireLead, requireSprint, requireTeam } from '../access.ts';
import type { AuthUser } from '../auth/sessions.ts';
import { toCalendarDate } from '../mappers.ts';
import { hashToken, newToken } from '../tokens.ts';

type LinkRow = Prisma.FeedbackLink & { _count: { feedback: number } };

const withCount = { _count: { select: { feedback: true } } } as const;

const toLink = (link: LinkRow, now = new Date()): FeedbackLink => ({
  id: link.id,
  sprintId: link.sprintId,
  label: link.label,
  message: link.message,
  status: linkStatus(link, now),
  createdAt: link.createdAt.toISOString(),
  expiresAt: link.expiresAt?.toISOString() ?? null,
  revokedAt: link.revokedAt?.toISOString() ?? null,
  responseCount: link._count.feedback,
});

/** A lead makes a link for an active or completed sprint; the token is returned this once only. */
export async function createFeedbackLink(
  db: Database,
  user: AuthUser,
  sprintId: string,
  input: CreateFeedbackLinkBody,
): Promise<CreatedFeedbackLink> {
  requireLead(await requireSprint(db.prisma, user, sprintId), 'share feedback links');
  const sprint = await db.prisma.sprint.findUniqueOrThrow({ where: { id: sprintId }, select: { state: true } });
  unwrap(checkSprintShareable(sprint.state, 'feedback'));
  const expiresAt = unwrap(feedbackLinkExpiry(input.expiresAt ? new Date(input.expiresAt) : null, new Date()));
  const token = newToken();
  const link = await db.prisma.feedbackLink.create({
    data: {
      sprintId,
      label: input.label,
      message: input.message ?? '',
      tokenHash: hashToken(token),
      createdById: user.id,
      expiresAt,
    },
    include: withCount,
  });
  return { link: toLink(link), token, url: `/f/${token}` };
}

/** Every member sees the sprint's links (newest first) and how many answered each. */
export async function listFeedbackLinks(db: Database, user: AuthUser, sprintId: string): Promise<FeedbackLink[]> {
  await requireSprint(db.prisma, user, sprintId);
  const links = await db.prisma.feedbackLink.findMany({
    where: { sprintId },
    include: withCount,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  const now = new Date();
  return links.map((link) => toLink(link, now));
}

/** Revoking takes effect on the next request to the link; doing it twice is harmless. */
export async function revokeFeedbackLink(db: Database, user: AuthUser, linkId: string): Promise<FeedbackLink> {
  requireLead(await requireFeedbackLink(db.prisma, user, linkId), 'revoke feedback links');
  await db.prisma.feedbackLink.updateMany({ where: { id: linkId, revokedAt: null }, data: { revokedAt: new Date() } });
  return toLink(await db.prisma.feedbackLink.findUniqueOrThrow({ where: { id: linkId }, include: withCount }));
}

/** The team's sprints that links can be made for: active and completed, newest first. */
export async function listFeedbackSprints(db: Database, user: AuthUser, teamId: string): Promise<FeedbackSprint[]> {
  await requireTeam(db.prisma, user, teamId);
  const sprints = await db.prisma.sprint.findMany({
    where: { board: { teamId }, state: { in: ['active', 'completed'] } },
    include: { board: { select: { name: true } } },
    orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    take: 100,
  });
  return sprints.map((sprint) => ({
    id: sprint.id,
    name: sprint.name,
    state: sprint.state === 'active' ? 'active' : 'completed',
    boardId: sprint.boardId,
    boardName: sprint.board.name,
    startDate: toCalendarDate(sprint.startDate) ?? '',
  }));
}
