import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEffort, validateEffortScale } from './effort.ts';
import { BOARD_LIMITS, DEFAULT_EFFORT_SCALE } from './limits.ts';

describe('validateEffort', () => {
  it('accepts null (no estimate) and any value of the scale', () => {
    expect(validateEffort(null, DEFAULT_EFFORT_SCALE)).toEqual({ ok: true, value: null });
    for (const value of DEFAULT_EFFORT_SCALE) {
      expect(validateEffort(value, DEFAULT_EFFORT_SCALE)).toEqual({ ok: true, value });
    }
  });

  it.each([4, 0.25, 100, -1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s naming the allowed values', (value) => {
    expect(validateEffort(value, DEFAULT_EFFORT_SCALE)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        field: 'effort',
        message: 'Effort must be one of 0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40',
      },
    });
  });

  it('uses the board scale, not the default one', () => {
    expect(validateEffort(4, [1, 2, 4]).ok).toBe(true);
    expect(validateEffort(3, [1, 2, 4]).ok).toBe(false);
  });

  it('rejects a negative value even if a broken scale lists it', () => {
    expect(validateEffort(-1, [-1, 0, 1]).ok).toBe(false);
  });
});

describe('validateEffortScale', () => {
  it('accepts the default scale and returns a copy', () => {
    const result = validateEffortScale(DEFAULT_EFFORT_SCALE);
    expect(result).toEqual({ ok: true, value: [...DEFAULT_EFFORT_SCALE] });
    if (result.ok) expect(result.value).not.toBe(DEFAULT_EFFORT_SCALE);
  });

  it.each([
    ['empty', []],
    ['too long', Array.from({ length: BOARD_LIMITS.effortScaleMax + 1 }, (_, i) => i)],
    ['negative', [-1, 1]],
    ['NaN', [1, Number.NaN]],
    ['infinite', [1, Number.POSITIVE_INFINITY]],
    ['descending', [3, 2, 1]],
    ['repeated', [1, 2, 2, 3]],
  ])('rejects a scale that is %s', (_, scale) => {
    const result = validateEffortScale(scale);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'effortScale' });
  });

  it('accepts a scale of exactly the maximum size', () => {
    const scale = Array.from({ length: BOARD_LIMITS.effortScaleMax }, (_, i) => i);
    expect(validateEffortScale(scale).ok).toBe(true);
  });

  it('property: any set of 1..max non-negative finite numbers, sorted, is a valid scale', () => {
    const value = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.uniqueArray(value, { minLength: 1, maxLength: BOARD_LIMITS.effortScaleMax }), (values) => {
        const scale = [...new Set(values.map((v) => v + 0))].sort((a, b) => a - b);
        expect(validateEffortScale(scale).ok).toBe(true);
        // and every value of a valid scale is a valid effort
        for (const v of scale) expect(validateEffort(v, scale).ok).toBe(true);
      }),
    );
  });
});
