import { z } from 'zod';
import { Campaign } from './campaign.ts';
import { CalendarDate, Id } from './common.ts';
import { Sprint } from './sprint.ts';

export const BurndownDay = z.object({
  date: CalendarDate,
  working: z.boolean(),
  remaining: z.number().nullable(),
  scope: z.number().nullable(),
  scopeChange: z.number(),
  ideal: z.number(),
});

export const VelocityPoint = z.object({
  sprintId: Id,
  name: z.string(),
  endDate: CalendarDate,
  committedPoints: z.number(),
  completedPoints: z.number(),
  rollingAverage: z.number(),
});

export const MemberContribution = z.object({
  memberId: Id,
  name: z.string(),
  effort: z.object({
    minutes: z.number(),
    points: z.number(),
    cardsWorkedOn: z.number().int(),
    cardsHelpedWith: z.number().int(),
  }),
  results: z.object({
    cardsCompleted: z.number().int(),
    pointsCompleted: z.number(),
    kudosReceived: z.number().int(),
    feedbackRating: z.number().nullable(),
  }),
});

/** GET /api/sprints/:sprintId/review: everything the sprint review shows, figures computed by the domain. */
export const SprintReview = z
  .object({
    sprint: Sprint,
    committedPoints: z.number(),
    completedPoints: z.number(),
    cards: z.array(z.object({ id: Id, title: z.string(), points: z.number().nullable(), done: z.boolean() })),
    burndown: z.object({ committedAtStart: z.number(), days: z.array(BurndownDay) }).nullable(),
    velocity: z.array(VelocityPoint),
    /** Effort beside results, in name order; never ranked. */
    members: z.array(MemberContribution),
    campaigns: z.array(Campaign),
    feedback: z.object({
      count: z.number().int(),
      averageRating: z.number().nullable(),
      /** Counts of ratings 1..5. */
      ratings: z.array(z.number().int()).length(5),
    }),
    blocked: z.array(z.object({ cardId: Id, title: z.string(), reason: z.string(), scrumDate: CalendarDate })),
    scrums: z.array(
      z.object({ date: CalendarDate, durationMs: z.number(), spoke: z.number().int(), moved: z.number().int() }),
    ),
  })
  .meta({ id: 'SprintReview' });
export type SprintReview = z.infer<typeof SprintReview>;
