import { describe, expect, it } from 'vitest';
import {
  checkSprintShareable,
  feedbackLinkExpiry,
  isSprintShared,
  linkStatus,
  REVIEW_LINK_LIMITS,
  reviewLinkExpiry,
} from './share-link.ts';

const now = new Date('2026-11-23T10:00:00.000Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe('reviewLinkExpiry', () => {
  it('defaults to 30 days from now when the lead picks no date', () => {
    expect(reviewLinkExpiry(undefined, now)).toEqual({ ok: true, value: days(REVIEW_LINK_LIMITS.defaultDays) });
    expect(reviewLinkExpiry(null, now)).toEqual({ ok: true, value: days(30) });
  });

  it('keeps a chosen date between now and a year ahead', () => {
    expect(reviewLinkExpiry(days(1), now)).toEqual({ ok: true, value: days(1) });
    expect(reviewLinkExpiry(days(365), now)).toEqual({ ok: true, value: days(365) });
  });

  it('refuses a date more than a year ahead, naming the field', () => {
    expect(reviewLinkExpiry(new Date(days(365).getTime() + 1), now)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: 'A review link works for at most 365 days; choose an earlier date.',
        field: 'expiresAt',
      },
    });
  });
});

describe('feedbackLinkExpiry', () => {
  it('never expires unless the lead picks a date, which is kept as it is', () => {
    expect(feedbackLinkExpiry(undefined, now)).toEqual({ ok: true, value: null });
    expect(feedbackLinkExpiry(null, now)).toEqual({ ok: true, value: null });
    // No upper bound, unlike a review link: feedback shows nothing of the team's figures.
    expect(feedbackLinkExpiry(days(1000), now)).toEqual({ ok: true, value: days(1000) });
    expect(feedbackLinkExpiry(days(1), now)).toEqual({ ok: true, value: days(1) });
  });
});

describe('a chosen expiry, on a feedback or a review link', () => {
  it('is refused in the past, at now itself, or when it is not a date, naming the field', () => {
    const refused = [
      [days(-1), 'The expiry must be in the future.'],
      [now, 'The expiry must be in the future.'],
      [new Date('nonsense'), 'The expiry is not a date.'],
    ] as const;
    for (const rule of [feedbackLinkExpiry, reviewLinkExpiry]) {
      for (const [date, message] of refused) {
        expect(rule(date, now), `${rule.name} ${message}`).toEqual({
          ok: false,
          error: { code: 'VALIDATION_FAILED', message, field: 'expiresAt' },
        });
      }
    }
  });
});

describe('sharing a sprint', () => {
  it('is for started sprints, running or completed, never a planned one', () => {
    expect(isSprintShared('active')).toBe(true);
    expect(isSprintShared('completed')).toBe(true);
    expect(isSprintShared('planned')).toBe(false);
  });

  it('refuses a link to a planned sprint with a reason for each kind of link', () => {
    expect(checkSprintShareable('active', 'feedback')).toEqual({ ok: true, value: undefined });
    expect(checkSprintShareable('completed', 'review')).toEqual({ ok: true, value: undefined });
    expect(checkSprintShareable('planned', 'feedback')).toEqual({
      ok: false,
      error: {
        code: 'SPRINT_NOT_STARTED',
        message: 'Feedback links are for active or completed sprints; start it first.',
      },
    });
    expect(checkSprintShareable('planned', 'review')).toEqual({
      ok: false,
      error: { code: 'SPRINT_NOT_STARTED', message: 'A sprint review can be shared once the sprint has started.' },
    });
  });
});

describe('linkStatus', () => {
  it('is active until revoked or past its expiry; revoked wins', () => {
    expect(linkStatus({ revokedAt: null, expiresAt: null }, now)).toBe('active');
    expect(linkStatus({ revokedAt: null, expiresAt: days(1) }, now)).toBe('active');
    expect(linkStatus({ revokedAt: null, expiresAt: now }, now)).toBe('expired');
    expect(linkStatus({ revokedAt: now, expiresAt: days(-1) }, now)).toBe('revoked');
  });
});
