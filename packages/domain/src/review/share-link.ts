import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import type { SprintState } from '../sprint/lifecycle.ts';

const DAY_MS = 86_400_000;

/*
 * A shared review shows a team's figures (spend, revenue, effort per person) to people outside it,
 * so unlike a feedback link it always expires: after 30 days unless the lead says otherwise, and
 * never more than a year ahead. A lead who still needs it shares a new one.
 */
export const REVIEW_LINK_LIMITS = {
  labelMax: 80,
  defaultDays: 30,
  maxDays: 365,
} as const;

/** A date a lead picked for a link to stop working: a real date, after now. */
function futureExpiry(requested: Date, now: Date): Result<Date> {
  if (Number.isNaN(requested.getTime())) {
    return err(domainError('VALIDATION_FAILED', 'The expiry is not a date.', 'expiresAt'));
  }
  if (requested.getTime() <= now.getTime()) {
    return err(domainError('VALIDATION_FAILED', 'The expiry must be in the future.', 'expiresAt'));
  }
  return ok(requested);
}

/** When a new feedback link stops working: never unless the lead picks a date, which must be ahead. */
export function feedbackLinkExpiry(requested: Date | null | undefined, now: Date): Result<Date | null> {
  return requested ? futureExpiry(requested, now) : ok(null);
}

/** When a new review link stops working: the lead's choice, within limits, or the default. */
export function reviewLinkExpiry(requested: Date | null | undefined, now: Date): Result<Date> {
  if (!requested) return ok(new Date(now.getTime() + REVIEW_LINK_LIMITS.defaultDays * DAY_MS));
  const future = futureExpiry(requested, now);
  if (!future.ok) return future;
  if (requested.getTime() > now.getTime() + REVIEW_LINK_LIMITS.maxDays * DAY_MS) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        `A review link works for at most ${REVIEW_LINK_LIMITS.maxDays} days; choose an earlier date.`,
        'expiresAt',
      ),
    );
  }
  return ok(requested);
}

/** What a link shares with people outside the team: a sprint's feedback form, or its review. */
export type SharedSprintView = 'feedback' | 'review';

const NOT_STARTED: Record<SharedSprintView, string> = {
  feedback: 'Feedback links are for active or completed sprints; start it first.',
  review: 'A sprint review can be shared once the sprint has started.',
};

/**
 * A sprint is shared once it has started: a planned one has delivered nothing to give feedback on
 * or review yet. A public page treats a link to a sprint that is not shared as no link at all.
 */
export const isSprintShared = (state: SprintState): boolean => state !== 'planned';

/** Whether a lead may make a link of this kind for a sprint in this state (SPRINT_NOT_STARTED if not). */
export function checkSprintShareable(state: SprintState, view: SharedSprintView): Result<void> {
  return isSprintShared(state) ? ok(undefined) : err(domainError('SPRINT_NOT_STARTED', NOT_STARTED[view]));
}

/** A link shared outside the team (feedback or review) works until it is revoked or expires. */
export function linkStatus(
  link: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date,
): 'active' | 'expired' | 'revoked' {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && link.expiresAt <= now) return 'expired';
  return 'active';
}
