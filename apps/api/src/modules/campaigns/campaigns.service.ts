import type {
  CampaignDetail,
  CreateCampaignBody,
  CreateKpiBody,
  UpdateCampaignBody,
  UpdateKpiBody,
} from '@echoboard/contracts';
import { checkKpiTarget } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import { fromCalendarDate } from '../mappers.ts';
import { campaignInclude, elapsedShare, toCampaign, toKpi } from './campaign-view.ts';

type CampaignFields = Partial<Omit<CreateCampaignBody, 'startDate' | 'endDate'>> & {
  startDate?: string | null;
  endDate?: string | null;
};

/** zod checked each field; dates in order must also hold against the stored ones on a partial edit. */
function toData(input: CampaignFields) {
  const { budgetMinor, spendMinor, revenueMinor, startDate, endDate, ...rest } = input;
  return {
    ...rest,
    ...(budgetMinor !== undefined ? { budgetMinor: BigInt(budgetMinor) } : {}),
    ...(spendMinor !== undefined ? { spendMinor: BigInt(spendMinor) } : {}),
    ...(revenueMinor !== undefined ? { revenueMinor: BigInt(revenueMinor) } : {}),
    ...(startDate !== undefined ? { startDate: fromCalendarDate(startDate) } : {}),
    ...(endDate !== undefined ? { endDate: fromCalendarDate(endDate) } : {}),
  };
}

export async function listCampaigns(db: Database, teamId: string) {
  const rows = await db.prisma.campaign.findMany({
    where: { teamId },
    include: campaignInclude,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  return rows.map(toCampaign);
}

export async function createCampaign(db: Database, teamId: string, input: CreateCampaignBody) {
  const row = await db.prisma.campaign.create({
    data: { teamId, ...toData(input), name: input.name },
    include: campaignInclude,
  });
  return toCampaign(row);
}

export async function updateCampaign(db: Database, campaignId: string, input: UpdateCampaignBody) {
  return inTransaction(db, async (tx) => {
    const current = await tx.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    const data = toData(input);
    const start = data.startDate === undefined ? current.startDate : data.startDate;
    const end = data.endDate === undefined ? current.endDate : data.endDate;
    if (start && end && start > end) {
      throw new AppError('VALIDATION_FAILED', 'The end date must not be before the start date.', {
        errors: [{ path: 'body.endDate', message: 'is before the start date' }],
      });
    }
    return toCampaign(await tx.campaign.update({ where: { id: campaignId }, data, include: campaignInclude }));
  });
}

/** Deleting a campaign keeps its cards; they just no longer serve a campaign (FK SET NULL). */
export async function deleteCampaign(db: Database, campaignId: string) {
  await db.prisma.campaign.delete({ where: { id: campaignId } });
}

export async function loadCampaign(db: Database, campaignId: string): Promise<CampaignDetail> {
  const row = await db.prisma.campaign.findUniqueOrThrow({ where: { id: campaignId }, include: campaignInclude });
  const cards = await db.prisma.card.findMany({
    where: { campaignId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      title: true,
      effort: true,
      sprintId: true,
      archivedAt: true,
      column: { select: { name: true } },
      sprint: { select: { id: true, name: true, state: true } },
    },
  });
  const sprints = new Map<string, { id: string; name: string; state: 'planned' | 'active' | 'completed' }>();
  for (const card of cards) if (card.sprint) sprints.set(card.sprint.id, card.sprint);
  return {
    ...toCampaign(row),
    cards: cards.map((card) => ({
      id: card.id,
      title: card.title,
      effort: card.effort,
      sprintId: card.sprintId,
      // An archived card's work still served the campaign; it is listed, said to be archived.
      where: card.column?.name ?? card.sprint?.name ?? (card.archivedAt ? 'Archived' : 'Backlog'),
    })),
    sprints: [...sprints.values()],
  };
}

export async function createKpi(db: Database, campaignId: string, input: CreateKpiBody) {
  // The columns' defaults: a KPI goes up unless it says otherwise, from a baseline of 0.
  unwrap(
    checkKpiTarget({ direction: input.direction ?? 'increase', baseline: input.baseline ?? 0, target: input.target }),
  );
  const kpi = await db.prisma.kpi.create({
    data: { campaignId, ...input },
    include: { campaign: { include: { team: { select: { timeZone: true } } } } },
  });
  return toKpi(kpi, elapsedShare(kpi.campaign));
}

/** Changes the fields sent; direction, baseline and target must still agree with the stored ones. */
export async function updateKpi(db: Database, kpiId: string, input: UpdateKpiBody) {
  return inTransaction(db, async (tx) => {
    // Locked, so two edits (one of the target, one of the direction) cannot together contradict.
    const [current] = await tx.$queryRaw<{ direction: 'increase' | 'decrease'; baseline: number; target: number }[]>`
      SELECT direction, baseline, target FROM kpis WHERE id = ${kpiId}::uuid FOR UPDATE`;
    if (!current) throw new AppError('KPI_NOT_FOUND', `No KPI with id ${kpiId}; it may have been deleted.`);
    if (input.direction !== undefined || input.baseline !== undefined || input.target !== undefined) {
      unwrap(
        checkKpiTarget({
          direction: input.direction ?? current.direction,
          baseline: input.baseline ?? current.baseline,
          target: input.target ?? current.target,
        }),
      );
    }
    const kpi = await tx.kpi.update({
      where: { id: kpiId },
      data: input,
      include: { campaign: { include: { team: { select: { timeZone: true } } } } },
    });
    return toKpi(kpi, elapsedShare(kpi.campaign));
  });
}

export async function deleteKpi(db: Database, kpiId: string) {
  await db.prisma.kpi.delete({ where: { id: kpiId } });
}
