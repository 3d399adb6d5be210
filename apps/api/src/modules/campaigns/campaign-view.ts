import type { Campaign, Kpi } from '@echoboard/contracts';
import { budgetUse, type KpiDirection, kpiProgress, roi } from '@echoboard/domain';
import type * as Prisma from '../../generated/prisma/client.ts';
import { toCalendarDate } from '../mappers.ts';

/** BIGINT columns hold cents; every amount we accept is a safe integer (MONEY_MAX_MINOR). */
const cents = (value: bigint) => Number(value);

const direction = (value: string): KpiDirection => (value === 'decrease' ? 'decrease' : 'increase');

/** Share of the campaign's dates behind us, for "on track"; null without both dates. */
export function elapsedShare(campaign: { startDate: Date | null; endDate: Date | null }, now = new Date()) {
  if (!campaign.startDate || !campaign.endDate) return null;
  const span = campaign.endDate.getTime() + 86_400_000 - campaign.startDate.getTime();
  return Math.min(1, Math.max(0, (now.getTime() - campaign.startDate.getTime()) / span));
}

export function toKpi(kpi: Prisma.Kpi, elapsed: number | null): Kpi {
  const reading = kpiProgress(
    { direction: direction(kpi.direction), baseline: kpi.baseline, target: kpi.target, actual: kpi.actual },
    elapsed,
  );
  return {
    id: kpi.id,
    campaignId: kpi.campaignId,
    name: kpi.name,
    unit: kpi.unit,
    direction: direction(kpi.direction),
    leading: kpi.leading,
    baseline: kpi.baseline,
    target: kpi.target,
    actual: kpi.actual,
    progress: reading.progress,
    state: reading.state,
    updatedAt: kpi.updatedAt.toISOString(),
  };
}

export type CampaignRow = Prisma.Campaign & { kpis: Prisma.Kpi[]; _count: { cards: number } };

export function toCampaign(row: CampaignRow): Campaign {
  const spend = cents(row.spendMinor);
  const budget = cents(row.budgetMinor);
  const revenue = cents(row.revenueMinor);
  const use = budgetUse(spend, budget);
  const elapsed = elapsedShare(row);
  return {
    id: row.id,
    teamId: row.teamId,
    name: row.name,
    channels: row.channels,
    currency: row.currency,
    budgetMinor: budget,
    spendMinor: spend,
    revenueMinor: revenue,
    startDate: toCalendarDate(row.startDate),
    endDate: toCalendarDate(row.endDate),
    roi: roi(revenue, spend),
    budget: { remainingMinor: use.remainingMinor, ratio: use.ratio, state: use.state },
    cardCount: row._count.cards,
    kpis: row.kpis.map((kpi) => toKpi(kpi, elapsed)),
    createdAt: row.createdAt.toISOString(),
  };
}

export const campaignInclude = {
  kpis: { orderBy: [{ leading: 'asc' as const }, { name: 'asc' as const }] },
  _count: { select: { cards: true } },
};
