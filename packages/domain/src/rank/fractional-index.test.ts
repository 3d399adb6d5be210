import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys, isValidKey, keyBetween, keysBetween, RANK_DIGITS } from './fractional-index.ts';

/** Any valid key: built by a random walk of keyBetween from the empty column. */
const keyArb = fc
  .array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 40 })
  .map((steps) => {
    const keys = [keyBetween(null, null)];
    for (const [pick, toEnd] of steps) {
      const i = pick % (keys.length + 1);
      const low = toEnd && i === keys.length ? (keys.at(-1) ?? null) : (keys[i - 1] ?? null);
      const high = toEnd && i === keys.length ? null : (keys[i] ?? null);
      keys.splice(i, 0, keyBetween(low, high));
    }
    return keys;
  })
  .chain((keys) => fc.constantFrom(...keys));

/** Two distinct valid keys, ascending. */
const pairArb = fc
  .tuple(keyArb, keyArb)
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => (a < b ? ([a, b] as const) : ([b, a] as const)));

describe('keyBetween', () => {
  it('starts an empty column at a0 and appends/prepends by stepping the integer part', () => {
    expect(keyBetween(null, null)).toBe('a0');
    expect(keyBetween('a0', null)).toBe('a1');
    expect(keyBetween('az', null)).toBe('b00');
    expect(keyBetween('Zz', null)).toBe('a0');
    expect(keyBetween(null, 'a0')).toBe('Zz');
    expect(keyBetween(null, 'b00')).toBe('az');
    // b has a fraction, so its bare integer is already smaller
    expect(keyBetween(null, 'a0V')).toBe('a0');
  });

  it('takes the midpoint of the fraction between neighbours', () => {
    expect(keyBetween('a0', 'a1')).toBe('a0V');
    expect(keyBetween('a0', 'a0V')).toBe('a0G');
    expect(keyBetween('a0V', 'a1')).toBe('a0l');
    expect(keyBetween('a1', 'a3')).toBe('a2');
    expect(keyBetween('a0z', 'a1')).toBe('a0zV');
    expect(keyBetween('a0', 'a01')).toBe('a00V');
  });

  it('throws RangeError when the bounds are out of order or equal', () => {
    expect(() => keyBetween('a1', 'a0')).toThrow(RangeError);
    expect(() => keyBetween('a1', 'a1')).toThrow(RangeError);
  });

  it.each(['', 'a', '0', 'a00', 'a1!', 'a é', 'b0', `A${'0'.repeat(26)}`])(
    'throws RangeError on invalid key %j',
    (k) => {
      expect(() => keyBetween(k, null)).toThrow(RangeError);
      expect(() => keyBetween(null, k)).toThrow(RangeError);
    },
  );

  it('property: returns a valid key strictly between any valid a < b', () => {
    fc.assert(
      fc.property(pairArb, ([a, b]) => {
        const key = keyBetween(a, b);
        expect(isValidKey(key)).toBe(true);
        expect(a < key && key < b).toBe(true);
      }),
    );
  });

  it('property: open ends give keys above / below any valid key', () => {
    fc.assert(
      fc.property(keyArb, (k) => {
        const above = keyBetween(k, null);
        const below = keyBetween(null, k);
        expect(isValidKey(above) && isValidKey(below)).toBe(true);
        expect(below < k && k < above).toBe(true);
      }),
    );
  });
});

describe('keysBetween', () => {
  it('returns n ascending keys and nothing for n = 0', () => {
    expect(keysBetween(null, null, 0)).toEqual([]);
    expect(keysBetween(null, null, 3)).toEqual(['a0', 'a1', 'a2']);
    expect(keysBetween('a5', null, 2)).toEqual(['a6', 'a7']);
    expect(keysBetween(null, 'a0', 2)).toEqual(['Zy', 'Zz']);
  });

  it('spreads keys evenly inside a bounded range, so they stay short', () => {
    const keys = keysBetween('a0', 'a1', 61);
    expect(keys.every((k) => k.length === 3)).toBe(true);
    expect(keysBetween('a0', 'a1', 1000).every((k) => k.length <= 4)).toBe(true);
  });

  it('rejects a bad count or bad bounds', () => {
    expect(() => keysBetween(null, null, -1)).toThrow(RangeError);
    expect(() => keysBetween(null, null, 1.5)).toThrow(RangeError);
    expect(() => keysBetween('a1', 'a0', 0)).toThrow(RangeError);
    expect(() => keysBetween('a1', 'a0', 3)).toThrow(RangeError);
  });

  it('property: keys are ascending, unique, valid and inside the bounds', () => {
    const boundsArb = fc.oneof(
      pairArb.map(([a, b]) => [a, b] as const),
      keyArb.map((a) => [a, null] as const),
      keyArb.map((b) => [null, b] as const),
      fc.constant([null, null] as const),
    );
    fc.assert(
      fc.property(boundsArb, fc.integer({ min: 0, max: 200 }), ([a, b], n) => {
        const keys = keysBetween(a, b, n);
        expect(keys).toHaveLength(n);
        const all = [a, ...keys, b].filter((k): k is string => k !== null);
        for (let i = 1; i < all.length; i++) expect(all[i - 1]! < all[i]!).toBe(true);
        expect(keys.every(isValidKey)).toBe(true);
      }),
    );
  });
});

describe('compareKeys', () => {
  it('orders byte-wise, upper case before lower case (PostgreSQL COLLATE "C")', () => {
    expect(['a1', 'Zz', 'a0V', 'a0'].sort(compareKeys)).toEqual(['Zz', 'a0', 'a0V', 'a1']);
    // locale-aware comparison would put 'a0a' before 'a0B'; byte-wise must not
    expect(compareKeys('a0B', 'a0a')).toBeLessThan(0);
    expect(compareKeys('a0', 'a0')).toBe(0);
  });

  it('property: agrees with < on keys and is antisymmetric', () => {
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        expect(Math.sign(compareKeys(a, b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(Math.sign(compareKeys(a, b)) === -Math.sign(compareKeys(b, a))).toBe(true);
      }),
    );
  });

  it('digits are listed in byte order, so digit order is key order', () => {
    expect([...RANK_DIGITS].sort(compareKeys).join('')).toBe(RANK_DIGITS);
  });
});

describe('isValidKey', () => {
  it.each([
    ['a0', true],
    ['Zz', true],
    ['a0V', true],
    ['b00', true],
    [`A${'0'.repeat(26)}V`, true],
    ['', false],
    ['a', false],
    ['b0', false],
    ['a0V0', false],
    ['a0-', false],
    ['0a', false],
    [`A${'0'.repeat(26)}`, false],
  ])('%j → %s', (key, valid) => {
    expect(isValidKey(key)).toBe(valid);
  });
});
