import type { Campaign, Kpi } from '@echoboard/contracts';
import { budgetUse, campaignElapsed, type KpiDirection, kpiProgress, roi } from '@echoboard/domain';
import type * as Prisma from '../../generated/prisma/client.ts';
import { toCalendarDate } from '../mappers.ts';
import { todayIn } from '../sprints/today.ts';

/** BIGINT columns hold cents; every amount we accept is a safe integer (MONEY_MAX_MINOR). */
const cents = (value: bigint) => Number(value);

const direction = (value: string): KpiDirection => (value === 'decrease' ? 'decrease' : 'increase');

type Dated = { startDate: Date | null; endDate: Date | null; team: { timeZone: string } };

/** How far the campaign is through its dates, today in the team's time zone. */
export const elapsedShare = (campaign: Dated, now = new Date()) =>
  campaignElapsed(
    toCalendarDate(campaign.startDate),
    toCalendarDate(campaign.endDate),
    todayIn(campaign.team.timeZone, now),
  );

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

export type CampaignRow = Prisma.Campaign & {
  kpis: Prisma.Kpi[];
  _count: { cards: number };
  team: { timeZone: string };
};

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
  team: { select: { timeZone: true } },
  kpis: { orderBy: [{ leading: 'asc' as const }, { name: 'asc' as const }] },
  _count: { select: { cards: true } },
};
