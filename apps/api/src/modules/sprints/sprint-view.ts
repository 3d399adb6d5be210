import type { Sprint, SprintDetail, SprintRecord } from '@echoboard/contracts';
import {
  capacityMeter,
  compareKeys,
  type SprintHistory,
  sprintProgress,
  teamCapacity,
  workingDayCount,
} from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';
import { toAnyCard, toCalendarDate } from '../mappers.ts';
import { todayIn } from './today.ts';

type Client = Database['prisma'] | Tx;
type SprintRow = Prisma.Sprint & { board: { teamId: string } };

const date = (value: Date) => toCalendarDate(value) ?? '';

/** The frozen record as the contract shows it (the stored JSON also keeps sprintId and endDate). */
export function toRecord(json: unknown): SprintRecord | null {
  if (json === null || typeof json !== 'object') return null;
  const r = json as SprintRecord;
  return {
    committedPoints: r.committedPoints,
    completedPoints: r.completedPoints,
    totalAvailableDays: r.totalAvailableDays,
    members: r.members.map(({ memberId, committedPoints, completedPoints }) => ({
      memberId,
      committedPoints,
      completedPoints,
    })),
    doneCardIds: [...r.doneCardIds],
    unfinishedCardIds: [...r.unfinishedCardIds],
  };
}

function toSprint(row: SprintRow, totals: { points: number; count: number }): Sprint {
  const holidays = row.holidays.map(date).sort();
  const startDate = date(row.startDate);
  const endDate = date(row.endDate);
  const record = row.state === 'completed' ? toRecord(row.record) : null;
  return {
    id: row.id,
    boardId: row.boardId,
    teamId: row.board.teamId,
    name: row.name,
    goal: row.goal,
    startDate,
    lengthDays: row.lengthDays,
    endDate,
    holidays,
    workingDays: workingDayCount(startDate, endDate, holidays),
    state: row.state,
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    // A completed sprint's cards have partly left it (carried over): its record is what it held.
    committedPoints: record?.committedPoints ?? totals.points,
    cardCount: record ? record.doneCardIds.length + record.unfinishedCardIds.length : totals.count,
    record,
  };
}

const withTeam = { board: { select: { teamId: true } } } as const;

/** Sprints with their card totals, in the given row order. */
async function toSprints(client: Client, rows: SprintRow[]): Promise<Sprint[]> {
  const totals = await client.card.groupBy({
    by: ['sprintId'],
    where: { sprintId: { in: rows.map((row) => row.id) } },
    _sum: { effort: true },
    _count: { _all: true },
  });
  const bySprint = new Map(totals.map((t) => [t.sprintId, { points: t._sum.effort ?? 0, count: t._count._all }]));
  return rows.map((row) => toSprint(row, bySprint.get(row.id) ?? { points: 0, count: 0 }));
}

/** A board's sprints, newest start first. */
export async function listSprints(client: Client, boardId: string, state?: Sprint['state']): Promise<Sprint[]> {
  const rows = await client.sprint.findMany({
    where: { boardId, ...(state ? { state } : {}) },
    orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    include: withTeam,
  });
  return toSprints(client, rows);
}

export async function loadSprint(client: Client, sprintId: string): Promise<Sprint> {
  const row = await client.sprint.findUnique({ where: { id: sprintId }, include: withTeam });
  if (!row) throw notFound('SPRINT_NOT_FOUND', sprintId);
  const [sprint] = await toSprints(client, [row]);
  return sprint!;
}

/** What velocity is computed from: the board's other completed sprints' records. */
async function historyOf(client: Client, boardId: string, exceptId: string): Promise<SprintHistory[]> {
  const rows = await client.sprint.findMany({
    where: { boardId, state: 'completed', id: { not: exceptId } },
    select: { endDate: true, record: true },
  });
  return rows.flatMap((row) => {
    const record = toRecord(row.record);
    return record
      ? [
          {
            endDate: date(row.endDate),
            completedPoints: record.completedPoints,
            totalAvailableDays: record.totalAvailableDays,
          },
        ]
      : [];
  });
}

/** The sprint with its cards in order, availability, capacity meter and (active) progress. */
export async function loadSprintDetail(client: Client, sprintId: string, now = new Date()): Promise<SprintDetail> {
  const sprint = await loadSprint(client, sprintId);
  const board = await client.board.findUniqueOrThrow({
    where: { id: sprint.boardId },
    select: {
      defaultPointsPerDay: true,
      team: { select: { timeZone: true } },
      columns: { select: { id: true }, orderBy: { rank: 'asc' } },
    },
  });
  const columnIndex = new Map(board.columns.map((column, i) => [column.id, i]));
  // On the board, cards read column by column (left to right), each column top to bottom.
  const cards = (await client.card.findMany({ where: { sprintId } })).sort(
    (a, b) =>
      (columnIndex.get(a.columnId ?? '') ?? -1) - (columnIndex.get(b.columnId ?? '') ?? -1) ||
      compareKeys(a.rank, b.rank) ||
      compareKeys(a.id, b.id),
  );
  const availability = (
    await client.sprintAvailability.findMany({ where: { sprintId }, orderBy: { userId: 'asc' } })
  ).map((row) => ({ memberId: row.userId, availableDays: row.availableDays }));
  const capacity = teamCapacity({
    history: await historyOf(client, sprint.boardId, sprintId),
    availability,
    defaultPointsPerAvailableDay: board.defaultPointsPerDay,
  });
  const meter = capacityMeter({
    capacity: capacity.points,
    availability,
    cards: cards.map((card) => ({ id: card.id, points: card.effort, assigneeId: card.assigneeId })),
  });
  const today = todayIn(board.team.timeZone, now);
  return {
    ...sprint,
    cards: cards.map(toAnyCard),
    availability,
    capacity: {
      basis: capacity.basis,
      pointsPerAvailableDay: capacity.pointsPerAvailableDay,
      totalAvailableDays: capacity.totalAvailableDays,
      sprintsUsed: capacity.sprintsUsed,
      ...meter,
    },
    progress: sprint.state === 'active' ? { today, ...sprintProgress(sprint, today) } : null,
  };
}
