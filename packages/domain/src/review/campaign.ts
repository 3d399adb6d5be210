import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { type CalendarDate, daysBetween } from '../sprint/calendar.ts';

/*
 * Money is kept in integer minor units (cents) of one currency per campaign, never in floats:
 * 0.1 + 0.2 must not turn a budget check wrong. Ratios (ROI, KPI progress) are plain numbers.
 */

export const MONEY_MAX_MINOR = 100_000_000_000_00; // 100 billion in major units: plenty, and a safe integer.

/** Parse "1,234.56" / "1234.5" / "1234" (a person's input) into minor units (2 decimals). */
export const parseMoney = (input: string, field = 'amount'): Result<number> => {
  const text = input.trim().replace(/[\s,]/g, '');
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    return err(
      domainError('VALIDATION_FAILED', 'Enter an amount like 1234.50 (no currency sign, at most 2 decimals)', field),
    );
  }
  const minor = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(minor) || minor > MONEY_MAX_MINOR) {
    return err(domainError('VALIDATION_FAILED', 'That amount is too large', field));
  }
  return ok(minor);
};

/** Minor units back to "1234.50", for forms and CSV (no grouping, no currency). */
export const formatMoney = (minor: number): string => {
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/** (revenue − spend) / spend; null when nothing was spent (ROI is undefined, not infinite). */
export const roi = (revenueMinor: number, spendMinor: number): number | null =>
  spendMinor === 0 ? null : (revenueMinor - spendMinor) / spendMinor;

export type BudgetState = 'within' | 'near' | 'over';

export interface BudgetUse {
  spendMinor: number;
  budgetMinor: number;
  remainingMinor: number;
  /** spend / budget; null with no budget. */
  ratio: number | null;
  state: BudgetState;
}

export const BUDGET_NEAR_RATIO = 0.9;

export const budgetUse = (spendMinor: number, budgetMinor: number): BudgetUse => {
  const ratio = budgetMinor > 0 ? spendMinor / budgetMinor : null;
  const state: BudgetState =
    spendMinor > budgetMinor ? 'over' : ratio !== null && ratio >= BUDGET_NEAR_RATIO ? 'near' : 'within';
  return { spendMinor, budgetMinor, remainingMinor: budgetMinor - spendMinor, ratio, state };
};

/** Whether a KPI is good when it goes up (sign-ups, revenue) or down (cost per lead, churn). */
export type KpiDirection = 'increase' | 'decrease';

export interface KpiInput {
  direction: KpiDirection;
  /** Where the KPI stood when the campaign began; 0 when not known. */
  baseline: number;
  target: number;
  actual: number | null;
}

export type KpiState = 'no-data' | 'met' | 'on-track' | 'behind';

/**
 * A KPI's target lies the way it is good to go from its baseline: above it when higher is
 * better, below it when lower is better. Otherwise "met" and the progress towards it contradict
 * each other (a rising KPI that fell could count as met).
 */
export const checkKpiTarget = (kpi: Pick<KpiInput, 'direction' | 'baseline' | 'target'>): Result<true> => {
  const { direction, baseline, target } = kpi;
  if (direction === 'increase' ? target > baseline : target < baseline) return ok(true);
  const message =
    direction === 'increase'
      ? `Higher is better for this KPI, so its target must be above its baseline (${baseline})`
      : `Lower is better for this KPI, so its target must be below its baseline (${baseline}); give the baseline where it stands now`;
  return err(domainError('VALIDATION_FAILED', message, 'target'));
};

export interface KpiProgress {
  /** Share of the way from baseline to target (can exceed 1 or be negative); null without data. */
  progress: number | null;
  state: KpiState;
}

/**
 * Progress from baseline to target. "On track" compares progress with the share of the campaign
 * elapsed (elapsed 0..1); without an elapsed share, anything short of the target is "behind".
 */
export const kpiProgress = (kpi: KpiInput, elapsed: number | null = null): KpiProgress => {
  if (kpi.actual === null) return { progress: null, state: 'no-data' };
  const span = kpi.target - kpi.baseline;
  const moved = kpi.actual - kpi.baseline;
  const met = kpi.direction === 'increase' ? kpi.actual >= kpi.target : kpi.actual <= kpi.target;
  const progress = span === 0 ? (met ? 1 : 0) : moved / span;
  if (met) return { progress, state: 'met' };
  if (elapsed !== null && progress >= Math.min(1, Math.max(0, elapsed))) return { progress, state: 'on-track' };
  return { progress, state: 'behind' };
};

/**
 * Share of a campaign's days behind us on `today`, 0..1 (both dates inclusive, so the last day
 * counts as still running); null without both dates. KPI "on track" compares progress with it.
 */
export const campaignElapsed = (
  startDate: CalendarDate | null,
  endDate: CalendarDate | null,
  today: CalendarDate,
): number | null => {
  if (!startDate || !endDate) return null;
  const span = daysBetween(startDate, endDate) + 1;
  return Math.min(1, Math.max(0, daysBetween(startDate, today) / span));
};
