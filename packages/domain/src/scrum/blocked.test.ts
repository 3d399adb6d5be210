import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateBlockedReason } from './blocked.ts';

const required = {
  ok: false,
  error: { code: 'VALIDATION_FAILED', field: 'blockedReason', message: 'Say why the card is blocked' },
};
const tooLong = {
  ok: false,
  error: {
    code: 'VALIDATION_FAILED',
    field: 'blockedReason',
    message: 'Blocked reason must be at most 300 characters',
  },
};

describe('validateBlockedReason', () => {
  it('accepts a reason, trimmed, keeping inner line breaks', () => {
    expect(validateBlockedReason('  Waiting on legal sign-off \n')).toEqual({
      ok: true,
      value: 'Waiting on legal sign-off',
    });
    expect(validateBlockedReason('Copy approved?\nAssets missing')).toEqual({
      ok: true,
      value: 'Copy approved?\nAssets missing',
    });
    expect(validateBlockedReason('x')).toEqual({ ok: true, value: 'x' });
  });

  it('requires a reason', () => {
    for (const bad of ['', '   ', '\n\t', null, undefined, 42]) expect(validateBlockedReason(bad)).toEqual(required);
  });

  it('allows 300 characters after trimming, not 301', () => {
    expect(validateBlockedReason(`  ${'a'.repeat(300)}  `)).toEqual({ ok: true, value: 'a'.repeat(300) });
    expect(validateBlockedReason('a'.repeat(301))).toEqual(tooLong);
  });

  it('property: accepts exactly the reasons of 1 to 300 characters once trimmed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 320 }), fc.constantFrom('', ' ', '\n  '), (text, pad) => {
        const result = validateBlockedReason(pad + text + pad);
        const trimmed = text.trim();
        if (trimmed.length >= 1 && trimmed.length <= 300) expect(result).toEqual({ ok: true, value: trimmed });
        else expect(result).toEqual(trimmed === '' ? required : tooLong);
      }),
    );
  });
});
