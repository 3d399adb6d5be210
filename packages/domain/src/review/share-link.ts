import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

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

/** When a new review link stops working: the lead's choice, within limits, or the default. */
export function reviewLinkExpiry(requested: Date | null | undefined, now: Date): Result<Date> {
  if (!requested) return ok(new Date(now.getTime() + REVIEW_LINK_LIMITS.defaultDays * DAY_MS));
  if (Number.isNaN(requested.getTime())) {
    return err(domainError('VALIDATION_FAILED', 'The expiry is not a date.', 'expiresAt'));
  }
  if (requested.getTime() <= now.getTime()) {
    return err(domainError('VALIDATION_FAILED', 'The expiry must be in the future.', 'expiresAt'));
  }
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

/** A link shared outside the team (feedback or review) works until it is revoked or expires. */
export function linkStatus(
  link: { revokedAt: Date | null; expiresAt: Date | null },
  now: Date,
): 'active' | 'expired' | 'revoked' {
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt && link.expiresAt <= now) return 'expired';
  return 'active';
}
