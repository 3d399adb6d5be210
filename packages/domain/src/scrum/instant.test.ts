import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from './instant.ts';

describe('instantMs', () => {
  it('reads epoch milliseconds and ISO timestamps in any zone', () => {
    expect(instantMs(1_772_443_800_000)).toBe(1_772_443_800_000);
    expect(instantMs('2026-03-02T09:30:00.000Z')).toBe(Date.UTC(2026, 2, 2, 9, 30));
    expect(instantMs('2026-03-02T10:30:00+01:00')).toBe(Date.UTC(2026, 2, 2, 9, 30));
    expect(instantMs('2026-03-02T04:30-05:00')).toBe(Date.UTC(2026, 2, 2, 9, 30));
    expect(instantMs('2026-03-02T09:30:00.001Z')).toBe(Date.UTC(2026, 2, 2, 9, 30, 0, 1));
  });

  it('refuses timestamps without a zone, impossible days and times, and non-finite numbers', () => {
    for (const bad of [
      '2026-03-02T09:30:00',
      '2026-03-02',
      '2026-02-30T09:30:00Z',
      '2026-03-02T24:00:00Z',
      '2026-03-02T09:60:00Z',
      '2026-03-02 09:30:00Z',
      'yesterday',
      '',
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ]) {
      expect(() => instantMs(bad)).toThrow(RangeError);
    }
  });

  it('property: reads back what Date#toISOString writes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(instantMs(new Date(ms).toISOString())).toBe(ms);
      }),
    );
  });
});
