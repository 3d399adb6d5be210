import { describe, expect, it } from 'vitest';
import { linkStatus, REVIEW_LINK_LIMITS, reviewLinkExpiry } from './share-link.ts';

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

  it('refuses a date in the past, now itself, or more than a year ahead, naming the field', () => {
    for (const [date, message] of [
      [days(-1), 'The expiry must be in the future.'],
      [now, 'The expiry must be in the future.'],
      [new Date(days(365).getTime() + 1), 'A review link works for at most 365 days; choose an earlier date.'],
      [new Date('nonsense'), 'The expiry is not a date.'],
    ] as const) {
      expect(reviewLinkExpiry(date, now)).toEqual({
        ok: false,
        error: { code: 'VALIDATION_FAILED', message, field: 'expiresAt' },
      });
    }
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
