import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/** Effort a member logged on a card: time, points, or both. */
export const EffortEntry = z
  .object({
    id: Id,
    cardId: Id,
    userId: Id,
    name: z.string(),
    minutes: z.number().int(),
    points: z.number(),
    note: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'EffortEntry' });
export type EffortEntry = z.infer<typeof EffortEntry>;

export const KudosEntry = z
  .object({ cardId: Id, fromUserId: Id, fromName: z.string(), toUserId: Id, toName: z.string(), createdAt: Timestamp })
  .meta({ id: 'Kudos' });
export type KudosEntry = z.infer<typeof KudosEntry>;

export const CardContributions = z
  .object({
    cardId: Id,
    effort: z.array(EffortEntry),
    kudos: z.array(KudosEntry),
    /** The assignee and everyone who logged effort: who can be thanked. */
    contributors: z.array(z.object({ userId: Id, name: z.string() })),
  })
  .meta({ id: 'CardContributions' });
export type CardContributions = z.infer<typeof CardContributions>;

export const EffortParams = z.object({ effortId: Id });
export const KudosParams = z.object({ cardId: Id, toUserId: Id });

export const LogEffortBody = z
  .strictObject({
    minutes: z
      .number()
      .int('Minutes must be a whole number')
      .min(0)
      .max(24 * 60, 'At most 24 hours per entry')
      .optional(),
    points: z.number().min(0).max(100, 'At most 100 points per entry').optional(),
    note: z.string().trim().max(300, 'The note must be at most 300 characters').optional(),
  })
  .refine((b) => (b.minutes ?? 0) > 0 || (b.points ?? 0) > 0, {
    message: 'Log some time (minutes) or points, or both',
    path: ['minutes'],
  });
export type LogEffortBody = z.infer<typeof LogEffortBody>;

export const GiveKudosBody = z.strictObject({ toUserId: Id });
