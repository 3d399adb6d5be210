import type { PublicSprintReview, SprintReview } from '@echoboard/contracts';
import { isSprintShared } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { findActiveLink } from '../links.ts';
import { loadSprintReview } from './sprint-review.ts';

/** One answer for unknown, revoked and expired links, as for feedback links. */
const invalid = () =>
  new AppError('REVIEW_LINK_INVALID', 'This review link does not work (any more). Ask the team for a new one.');

/**
 * What a stakeholder sees: the team's review without ids of any kind (they open nothing without
 * a session, but need not travel), without the card list (counts are the review's figures; titles
 * of cards the team did not mark shareable stay inside) and without the frozen record.
 */
export function toPublicReview(
  review: SprintReview,
  context: { teamName: string; expiresAt: Date; now: Date },
): PublicSprintReview {
  const { sprint } = review;
  return {
    teamName: context.teamName,
    generatedAt: context.now.toISOString(),
    expiresAt: context.expiresAt.toISOString(),
    sprint: {
      name: sprint.name,
      goal: sprint.goal,
      state: sprint.state === 'completed' ? 'completed' : 'active',
      startDate: sprint.startDate,
      endDate: sprint.endDate,
    },
    committedPoints: review.committedPoints,
    completedPoints: review.completedPoints,
    cardCount: review.cards.length,
    doneCount: review.cards.filter((card) => card.done).length,
    burndown: review.burndown,
    velocity: review.velocity.map(({ sprintId: _, ...point }) => point),
    members: review.members.map(({ memberId: _, ...member }) => member),
    campaigns: review.campaigns.map((campaign) => ({
      name: campaign.name,
      channels: campaign.channels,
      currency: campaign.currency,
      budgetMinor: campaign.budgetMinor,
      spendMinor: campaign.spendMinor,
      revenueMinor: campaign.revenueMinor,
      roi: campaign.roi,
      budget: campaign.budget,
      kpis: campaign.kpis.map(({ id: _, campaignId: __, updatedAt: ___, ...kpi }) => kpi),
    })),
    feedback: review.feedback,
    blocked: review.blocked.map(({ cardId: _, ...item }) => item),
    scrums: review.scrums,
  };
}

/** The review behind a shared link, read now; a planned sprint (never shared) answers like a bad link. */
export async function loadPublicReview(db: Database, token: string, now = new Date()): Promise<PublicSprintReview> {
  const link = await findActiveLink(
    token,
    (tokenHash) =>
      db.prisma.reviewLink.findUnique({
        where: { tokenHash },
        include: { sprint: { select: { state: true, board: { select: { team: { select: { name: true } } } } } } },
      }),
    now,
  );
  if (!link || !isSprintShared(link.sprint.state)) throw invalid();
  const review = await loadSprintReview(db, link.sprintId, now);
  return toPublicReview(review, { teamName: link.sprint.board.team.name, expiresAt: link.expiresAt, now });
}
