import { type CsvCell, formatMoney, toCsv } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { toCalendarDate } from '../mappers.ts';
import { toRecord } from '../sprints/sprint-view.ts';

export const EXPORT_KINDS = ['cards', 'sprints', 'feedback', 'campaigns'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

const iso = (value: Date | null) => value?.toISOString() ?? '';

async function cards(db: Database, teamId: string) {
  const rows = await db.prisma.card.findMany({
    where: { teamId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: {
      board: { select: { name: true } },
      column: { select: { name: true } },
      sprint: { select: { name: true } },
      campaign: { select: { name: true } },
      assigneeMember: { select: { name: true } },
    },
  });
  return toCsv(
    [
      'id',
      'title',
      'board',
      'column',
      'sprint',
      'campaign',
      'effort',
      'labels',
      'due_date',
      'assignee',
      'blocked_reason',
      'description',
      'created_at',
      'archived_at',
    ],
    rows.map((card): CsvCell[] => [
      card.id,
      card.title,
      card.board?.name ?? '',
      // Archived cards stay in the export (it is the team's record), marked so in column and archived_at.
      card.column?.name ?? (card.archivedAt ? 'Archived' : card.sprintId ? '' : 'Backlog'),
      card.sprint?.name ?? '',
      card.campaign?.name ?? '',
      card.effort,
      card.labels.join('; '),
      toCalendarDate(card.dueDate),
      card.assigneeMember?.name ?? card.assignee ?? '',
      card.blockedReason ?? '',
      card.description,
      iso(card.createdAt),
      iso(card.archivedAt),
    ]),
  );
}

async function sprints(db: Database, teamId: string) {
  const rows = await db.prisma.sprint.findMany({
    where: { board: { teamId } },
    orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
    include: { board: { select: { name: true } } },
  });
  return toCsv(
    ['id', 'board', 'name', 'goal', 'state', 'start_date', 'end_date', 'committed_points', 'completed_points'],
    rows.map((sprint): CsvCell[] => {
      const record = toRecord(sprint.record);
      return [
        sprint.id,
        sprint.board.name,
        sprint.name,
        sprint.goal,
        sprint.state,
        toCalendarDate(sprint.startDate),
        toCalendarDate(sprint.endDate),
        record?.committedPoints ?? '',
        record?.completedPoints ?? '',
      ];
    }),
  );
}

async function feedback(db: Database, teamId: string) {
  const rows = await db.prisma.feedback.findMany({
    where: { teamId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { sprint: { select: { name: true } }, link: { select: { label: true } } },
  });
  return toCsv(
    [
      'id',
      'sprint',
      'link',
      'rating',
      'what_worked',
      'what_should_change',
      'name',
      'email',
      'status',
      'triage_note',
      'created_at',
    ],
    rows.map((row): CsvCell[] => [
      row.id,
      row.sprint.name,
      row.link?.label ?? '',
      row.rating,
      row.worked,
      row.change,
      row.name ?? '',
      row.email ?? '',
      row.status,
      row.triageNote,
      iso(row.createdAt),
    ]),
  );
}

async function campaigns(db: Database, teamId: string) {
  const rows = await db.prisma.campaign.findMany({
    where: { teamId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { kpis: { orderBy: { name: 'asc' } } },
  });
  // One row per KPI (or one for a campaign without KPIs), so a spreadsheet can pivot on either.
  return toCsv(
    [
      'campaign',
      'channels',
      'currency',
      'budget',
      'spend',
      'revenue',
      'kpi',
      'unit',
      'leading',
      'baseline',
      'target',
      'actual',
    ],
    rows.flatMap((c) => {
      const money: CsvCell[] = [
        c.name,
        c.channels.join('; '),
        c.currency,
        formatMoney(Number(c.budgetMinor)),
        formatMoney(Number(c.spendMinor)),
        formatMoney(Number(c.revenueMinor)),
      ];
      if (c.kpis.length === 0) return [[...money, '', '', '', '', '', '']];
      return c.kpis.map((k): CsvCell[] => [...money, k.name, k.unit, k.leading, k.baseline, k.target, k.actual]);
    }),
  );
}

export const exportTeam = (db: Database, teamId: string, kind: ExportKind): Promise<string> =>
  ({ cards, sprints, feedback, campaigns })[kind](db, teamId);
