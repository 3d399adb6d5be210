import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEEDBACK_LIMITS } from './limits.ts';
import { validateSubmission } from './validate-submission.ts';

const items = new Set(['item-a', 'item-b']);
const fields = (result: ReturnType<typeof validateSubmission>) => (result.ok ? [] : result.error.map((e) => e.field));

describe('validateSubmission', () => {
  it('accepts a rating alone and normalises the optional fields', () => {
    const result = validateSubmission({ rating: 4, worked: '  Fast  ', name: ' ', email: '' }, items);
    expect(result).toEqual({
      ok: true,
      value: { rating: 4, worked: 'Fast', change: '', itemRatings: [], name: null, email: null },
    });
  });

  it('takes only whole ratings from 1 to 5', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -10, max: 10 }), fc.double({ noNaN: false })), (rating) => {
        const valid = Number.isInteger(rating) && rating >= 1 && rating <= 5;
        expect(validateSubmission({ rating }, items).ok).toBe(valid);
      }),
    );
  });

  it('returns every field error at once', () => {
    const long = 'x'.repeat(FEEDBACK_LIMITS.textMax + 1);
    const result = validateSubmission({ rating: 0, worked: long, change: long, email: 'not-an-email' }, items);
    expect(fields(result)).toEqual(['rating', 'worked', 'change', 'email']);
  });

  it('counts length after trimming, at the limit exactly', () => {
    const atLimit = `  ${'x'.repeat(FEEDBACK_LIMITS.textMax)}  `;
    expect(validateSubmission({ rating: 3, worked: atLimit }, items).ok).toBe(true);
    expect(fields(validateSubmission({ rating: 3, name: 'n'.repeat(81) }, items))).toEqual(['name']);
  });

  it('refuses item ratings for items not on the page or outside 1..5, and keeps one rating per item', () => {
    expect(fields(validateSubmission({ rating: 3, itemRatings: [{ item: 'card-id', rating: 3 }] }, items))).toEqual([
      'itemRatings.0',
    ]);
    expect(fields(validateSubmission({ rating: 3, itemRatings: [{ item: 'item-a', rating: 6 }] }, items))).toEqual([
      'itemRatings.0',
    ]);
    const twice = validateSubmission(
      {
        rating: 3,
        itemRatings: [
          { item: 'item-a', rating: 2 },
          { item: 'item-a', rating: 5 },
        ],
      },
      items,
    );
    expect(twice.ok && twice.value.itemRatings).toEqual([{ item: 'item-a', rating: 5 }]);
  });

  it('accepts ordinary email addresses and refuses malformed ones', () => {
    expect(validateSubmission({ rating: 5, email: 'ana.lopez+sprint@example.co.uk' }, items).ok).toBe(true);
    for (const email of ['ana@', '@example.com', 'ana example@x.com', 'ana@example']) {
      expect(fields(validateSubmission({ rating: 5, email }, items)), email).toEqual(['email']);
    }
  });

  it('refuses a filled honeypot', () => {
    expect(fields(validateSubmission({ rating: 5, homepage: 'http://spam.example' }, items))).toEqual(['homepage']);
  });
});
