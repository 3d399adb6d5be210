import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetUse, campaignElapsed, checkKpiTarget, formatMoney, kpiProgress, parseMoney, roi } from './campaign.ts';

describe('money', () => {
  it('parses what people type into cents and formats it back', () => {
    expect(parseMoney('1,234.5')).toEqual({ ok: true, value: 123450 });
    expect(parseMoney(' 99 ')).toEqual({ ok: true, value: 9900 });
    expect(parseMoney('0.07')).toEqual({ ok: true, value: 7 });
    expect(formatMoney(123450)).toBe('1234.50');
    expect(formatMoney(-7)).toBe('-0.07');
  });

  it('refuses signs, letters, three decimals and absurd sums, naming the field', () => {
    for (const bad of ['€12', '-5', '1.234', 'ten', '', '1e5', '99999999999999999']) {
      const result = parseMoney(bad, 'budget');
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.error.field).toBe('budget');
    }
  });

  it('round-trips every amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_00 }), (minor) => {
        expect(parseMoney(formatMoney(minor))).toEqual({ ok: true, value: minor });
      }),
    );
  });
});

describe('roi and budget', () => {
  it('is (revenue − spend) / spend, and undefined with no spend', () => {
    expect(roi(150_00, 100_00)).toBe(0.5);
    expect(roi(50_00, 100_00)).toBe(-0.5);
    expect(roi(10_00, 0)).toBeNull();
  });

  it('says within, near (90 %) or over the budget', () => {
    expect(budgetUse(50_00, 100_00)).toMatchObject({ state: 'within', remainingMinor: 50_00, ratio: 0.5 });
    expect(budgetUse(90_00, 100_00).state).toBe('near');
    expect(budgetUse(100_01, 100_00)).toMatchObject({ state: 'over', remainingMinor: -1 });
    expect(budgetUse(0, 0)).toMatchObject({ state: 'within', ratio: null });
  });
});

describe('kpiProgress', () => {
  it('measures from baseline to target, for KPIs that should rise', () => {
    expect(kpiProgress({ direction: 'increase', baseline: 100, target: 300, actual: 200 })).toEqual({
      progress: 0.5,
      state: 'behind',
    });
    expect(kpiProgress({ direction: 'increase', baseline: 100, target: 300, actual: 200 }, 0.4).state).toBe('on-track');
    expect(kpiProgress({ direction: 'increase', baseline: 100, target: 300, actual: 320 })).toEqual({
      progress: 1.1,
      state: 'met',
    });
  });

  it('handles KPIs that should fall, and missing data', () => {
    expect(kpiProgress({ direction: 'decrease', baseline: 40, target: 20, actual: 30 }).progress).toBe(0.5);
    expect(kpiProgress({ direction: 'decrease', baseline: 40, target: 20, actual: 18 }).state).toBe('met');
    expect(kpiProgress({ direction: 'decrease', baseline: 40, target: 20, actual: null })).toEqual({
      progress: null,
      state: 'no-data',
    });
  });
});

describe('campaignElapsed', () => {
  it('is the share of the campaign days before today, clamped to 0..1', () => {
    // 1..10 March: ten days.
    expect(campaignElapsed('2026-03-01', '2026-03-10', '2026-03-01')).toBe(0);
    expect(campaignElapsed('2026-03-01', '2026-03-10', '2026-03-06')).toBe(0.5);
    expect(campaignElapsed('2026-03-01', '2026-03-10', '2026-02-01')).toBe(0);
    expect(campaignElapsed('2026-03-01', '2026-03-10', '2026-04-01')).toBe(1);
  });

  it('is unknown without both dates', () => {
    expect(campaignElapsed(null, '2026-03-10', '2026-03-06')).toBeNull();
    expect(campaignElapsed('2026-03-01', null, '2026-03-06')).toBeNull();
  });
});

describe('checkKpiTarget', () => {
  it('wants the target above the baseline when higher is better, below it when lower is', () => {
    expect(checkKpiTarget({ direction: 'increase', baseline: 0, target: 500 }).ok).toBe(true);
    expect(checkKpiTarget({ direction: 'decrease', baseline: 48, target: 30 }).ok).toBe(true);
    for (const kpi of [
      { direction: 'increase', baseline: 100, target: 50 },
      { direction: 'increase', baseline: 100, target: 100 },
      { direction: 'decrease', baseline: 0, target: 30 },
      { direction: 'decrease', baseline: 30, target: 30 },
    ] as const) {
      const result = checkKpiTarget(kpi);
      expect(result.ok ? null : [result.error.field, result.error.message], JSON.stringify(kpi)).toEqual([
        'target',
        expect.stringContaining(`${kpi.direction === 'increase' ? 'above' : 'below'} its baseline (${kpi.baseline})`),
      ]);
    }
  });
});
