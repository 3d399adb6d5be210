import { FEEDBACK_LIMITS, FEEDBACK_STATUSES } from '@echoboard/domain';
import { z } from 'zod';
import { PlannedCard } from './board.ts';
import { Id, Timestamp, LinkToken as Token } from './common.ts';

const trimmed = (max: number, what: string) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);
const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `${what} must be at most ${max} characters`);

export const FeedbackStatus = z.enum(FEEDBACK_STATUSES);
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

// ---------- member routes ----------

export const FeedbackLinkParams = z.object({ linkId: Id });
export const FeedbackParams = z.object({ feedbackId: Id });

/** A sprint that can be asked for feedback (active or completed), for the lead's link picker. */
export const FeedbackSprint = z
  .object({
    id: Id,
    name: z.string(),
    state: z.enum(['active', 'completed']),
    boardId: Id,
    boardName: z.string(),
    startDate: z.iso.date(),
  })
  .meta({ id: 'FeedbackSprint' });
export type FeedbackSprint = z.infer<typeof FeedbackSprint>;

export const CreateFeedbackLinkBody = z.strictObject({
  label: trimmed(FEEDBACK_LIMITS.labelMax, 'Label'),
  message: optionalText(FEEDBACK_LIMITS.messageMax, 'Message').optional(),
  /** After this instant the link answers like an unknown one; null or absent: never expires. */
  expiresAt: Timestamp.nullable().optional(),
});
export type CreateFeedbackLinkBody = z.infer<typeof CreateFeedbackLinkBody>;

export const FeedbackLink = z
  .object({
    id: Id,
    sprintId: Id,
    label: z.string(),
    message: z.string(),
    status: z.enum(['active', 'expired', 'revoked']),
    createdAt: Timestamp,
    expiresAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    responseCount: z.number().int(),
  })
  .meta({ id: 'FeedbackLink' });
export type FeedbackLink = z.infer<typeof FeedbackLink>;

export const CreatedFeedbackLink = z
  .object({
    link: FeedbackLink,
    /** Shown once; only its hash is stored. */
    token: z.string(),
    /** Path of the public page: /f/<token>. */
    url: z.string(),
  })
  .meta({ id: 'CreatedFeedbackLink' });
export type CreatedFeedbackLink = z.infer<typeof CreatedFeedbackLink>;

export const FeedbackQuery = z.object({
  sprintId: Id.optional(),
  linkId: Id.optional(),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  status: FeedbackStatus.optional(),
});
export type FeedbackQuery = z.infer<typeof FeedbackQuery>;

export const Feedback = z
  .object({
    id: Id,
    teamId: Id,
    sprint: z.object({ id: Id, name: z.string() }),
    link: z.object({ id: Id, label: z.string() }).nullable(),
    rating: z.number().int(),
    worked: z.string(),
    change: z.string(),
    itemRatings: z.array(z.object({ cardId: Id, title: z.string(), rating: z.number().int() })),
    name: z.string().nullable(),
    email: z.string().nullable(),
    status: FeedbackStatus,
    duplicateOfId: Id.nullable(),
    triageNote: z.string(),
    triagedBy: z.object({ userId: Id, name: z.string() }).nullable(),
    triagedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    /** The backlog cards it was accepted as, with the sprint each is in now. */
    cards: z.array(z.object({ id: Id, title: z.string(), sprint: z.object({ id: Id, name: z.string() }).nullable() })),
  })
  .meta({ id: 'Feedback' });
export type Feedback = z.infer<typeof Feedback>;

export const AcceptFeedbackBody = z.strictObject({
  cards: z
    .array(
      z.strictObject({
        title: trimmed(200, 'Title'),
        description: z.string().max(10_000).optional(),
      }),
    )
    .min(1, 'Accept it as at least one card')
    .max(FEEDBACK_LIMITS.acceptCardsMax, `Accept it as at most ${FEEDBACK_LIMITS.acceptCardsMax} cards`),
});
export type AcceptFeedbackBody = z.infer<typeof AcceptFeedbackBody>;

export const AcceptedFeedback = z
  .object({ feedback: Feedback, cards: z.array(PlannedCard) })
  .meta({ id: 'AcceptedFeedback' });
export type AcceptedFeedback = z.infer<typeof AcceptedFeedback>;

export const DuplicateFeedbackBody = z.strictObject({ of: Id });
export const DeclineFeedbackBody = z.strictObject({ note: z.string().max(FEEDBACK_LIMITS.noteMax * 2) });

export const FeedbackSummary = z
  .object({
    count: z.number().int(),
    averageRating: z.number().nullable(),
    ratingCounts: z.array(z.number().int()).length(5),
    items: z.array(z.object({ cardId: Id, title: z.string(), count: z.number().int(), averageRating: z.number() })),
  })
  .meta({ id: 'FeedbackSummary', description: "A sprint's end-user feedback for its review" });
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

// ---------- public routes (no account) ----------

export const FeedbackTokenParams = z.object({ token: Token });
export const ReceiptParams = z.object({ receipt: Token });

/** Everything the public page shows; deliberately no ids, emails or member names. */
export const PublicFeedbackPage = z
  .object({
    teamName: z.string(),
    sprintName: z.string(),
    sprintGoal: z.string(),
    message: z.string(),
    /** `key` is opaque and differs per link; it is not a card id. */
    items: z.array(z.object({ key: z.string(), title: z.string() })),
  })
  .meta({ id: 'PublicFeedbackPage' });
export type PublicFeedbackPage = z.infer<typeof PublicFeedbackPage>;

/**
 * Types only; the rules (rating 1..5, lengths, email, items on the page) are the domain's
 * validateSubmission, which reports every field at once. Caps here only bound the work.
 */
export const SubmitFeedbackBody = z.strictObject({
  /** From the browser, random (a UUID): a retried submit with the same key stores nothing new. */
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16-64 letters, digits, - or _'),
  rating: z.number().nullable(),
  worked: z
    .string()
    .max(FEEDBACK_LIMITS.textMax * 2)
    .optional(),
  change: z
    .string()
    .max(FEEDBACK_LIMITS.textMax * 2)
    .optional(),
  itemRatings: z
    .array(z.strictObject({ item: z.string().max(64), rating: z.number() }))
    .max(FEEDBACK_LIMITS.itemsMax)
    .optional(),
  name: z
    .string()
    .max(FEEDBACK_LIMITS.nameMax * 2)
    .nullable()
    .optional(),
  email: z
    .string()
    .max(FEEDBACK_LIMITS.emailMax * 2)
    .nullable()
    .optional(),
  /** The honeypot: a field people never see. */
  homepage: z.string().max(500).optional(),
});
export type SubmitFeedbackBody = z.infer<typeof SubmitFeedbackBody>;

export const SubmittedFeedback = z
  .object({
    /** Shown once; keep it to see what became of the feedback. */
    receipt: z.string(),
    /** Path of the receipt page: /f/receipt/<receipt>. */
    url: z.string(),
  })
  .meta({ id: 'SubmittedFeedback' });
export type SubmittedFeedback = z.infer<typeof SubmittedFeedback>;

export const FeedbackReceipt = z
  .object({
    status: FeedbackStatus,
    /** For people: "Accepted: planned for sprint Launch 7." */
    message: z.string(),
    sprintName: z.string(),
    submittedAt: Timestamp,
  })
  .meta({ id: 'FeedbackReceipt' });
export type FeedbackReceipt = z.infer<typeof FeedbackReceipt>;
