import { REVIEW_LINK_LIMITS } from '@echoboard/domain';
import { z } from 'zod';
import { Campaign, Kpi } from './campaign.ts';
import { CalendarDate, Id, LinkToken, Timestamp } from './common.ts';
import { BurndownDay, MemberContribution, SprintReview, VelocityPoint } from './review.ts';

/*
 * Read-only links to a sprint review for stakeholders without an account. The public shape is the
 * team's SprintReview minus what outsiders do not need: no ids of any kind (people, cards, sprints,
 * campaigns), no card list (only counts), no frozen record. Names of members stay: effort and
 * results per member are part of the review.
 */

// ---------- member routes ----------

export const ReviewLinkParams = z.object({ reviewLinkId: Id });

export const CreateReviewLinkBody = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1, 'Label must not be empty')
    .max(REVIEW_LINK_LIMITS.labelMax, `Label must be at most ${REVIEW_LINK_LIMITS.labelMax} characters`),
  /** Absent or null: 30 days from now. At most a year ahead. */
  expiresAt: Timestamp.nullable().optional(),
});
export type CreateReviewLinkBody = z.infer<typeof CreateReviewLinkBody>;

export const ReviewLink = z
  .object({
    id: Id,
    sprintId: Id,
    label: z.string(),
    status: z.enum(['active', 'expired', 'revoked']),
    createdAt: Timestamp,
    createdBy: z.string().nullable(),
    expiresAt: Timestamp,
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ReviewLink' });
export type ReviewLink = z.infer<typeof ReviewLink>;

export const CreatedReviewLink = z
  .object({
    link: ReviewLink,
    /** Shown once; only its hash is stored. */
    token: z.string(),
    /** Path of the public page: /r/<token>. */
    url: z.string(),
  })
  .meta({ id: 'CreatedReviewLink' });
export type CreatedReviewLink = z.infer<typeof CreatedReviewLink>;

// ---------- public route (no account) ----------

export const ReviewTokenParams = z.object({ token: LinkToken });

export const PublicKpi = Kpi.omit({ id: true, campaignId: true, updatedAt: true });

export const PublicCampaignOutcome = Campaign.pick({
  name: true,
  channels: true,
  currency: true,
  budgetMinor: true,
  spendMinor: true,
  revenueMinor: true,
  roi: true,
  budget: true,
}).extend({ kpis: z.array(PublicKpi) });

export const PublicSprintReview = z
  .object({
    teamName: z.string(),
    /** When the figures were read: a running sprint's review is a snapshot. */
    generatedAt: Timestamp,
    expiresAt: Timestamp,
    sprint: z.object({
      name: z.string(),
      goal: z.string(),
      state: z.enum(['active', 'completed']),
      startDate: CalendarDate,
      endDate: CalendarDate,
    }),
    committedPoints: z.number(),
    completedPoints: z.number(),
    cardCount: z.number().int(),
    doneCount: z.number().int(),
    burndown: z.object({ committedAtStart: z.number(), days: z.array(BurndownDay) }).nullable(),
    velocity: z.array(VelocityPoint.omit({ sprintId: true })),
    members: z.array(MemberContribution.omit({ memberId: true })),
    campaigns: z.array(PublicCampaignOutcome),
    feedback: SprintReview.shape.feedback,
    blocked: z.array(z.object({ title: z.string(), reason: z.string(), scrumDate: CalendarDate })),
    scrums: SprintReview.shape.scrums,
  })
  .meta({ id: 'PublicSprintReview' });
export type PublicSprintReview = z.infer<typeof PublicSprintReview>;
