import type { Scrum, ScrumOrderMode, ScrumSummary } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';

type Client = Database['prisma'] | Tx;

export type SpeakerTurn = { memberId: string; startedAt: string };

/** The speakers column holds what this module wrote; anything else is a bug, so it fails loudly. */
export function speakersOf(row: Prisma.Scrum): SpeakerTurn[] {
  if (!Array.isArray(row.speakers)) throw new Error(`Scrum ${row.id} has malformed speakers`);
  return row.speakers as SpeakerTurn[];
}

export const scrumNotFound = (boardId: string) =>
  new AppError('SCRUM_NOT_FOUND', `No daily scrum is running on board ${boardId}. Start one first.`);

/** The board's running scrum under a row lock, so walks and the end are applied one at a time. */
export async function lockRunningScrum(tx: Tx, boardId: string): Promise<Prisma.Scrum> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM scrums WHERE board_id = ${boardId}::uuid AND ended_at IS NULL FOR UPDATE`;
  const row = rows[0] ? await tx.scrum.findUnique({ where: { id: rows[0].id } }) : null;
  if (!row) throw scrumNotFound(boardId);
  return row;
}

/** When the board's latest finished scrum started. */
export async function previousScrumAt(client: Client, boardId: string): Promise<string | null> {
  const previous = await client.scrum.findFirst({
    where: { boardId, endedAt: { not: null } },
    orderBy: { startedAt: 'desc' },
    select: { startedAt: true },
  });
  return previous?.startedAt.toISOString() ?? null;
}

/** For each row, when the board's latest scrum that ended before it started (one query for all rows). */
async function previousStarts(client: Client, rows: Prisma.Scrum[]): Promise<(string | null)[]> {
  const ended = await client.scrum.findMany({
    where: { boardId: { in: [...new Set(rows.map((r) => r.boardId))] }, endedAt: { not: null } },
    orderBy: { startedAt: 'desc' },
    select: { boardId: true, startedAt: true },
  });
  return rows.map((row) => {
    const previous = ended.find((e) => e.boardId === row.boardId && e.startedAt < row.startedAt);
    return previous?.startedAt.toISOString() ?? null;
  });
}

/** Rows as the API shows them, with the names of everyone in the order or who spoke. */
export async function toScrums(client: Client, rows: Prisma.Scrum[]): Promise<Scrum[]> {
  const people = (row: Prisma.Scrum) => new Set([...row.speakerOrder, ...speakersOf(row).map((s) => s.memberId)]);
  const ids = [...new Set(rows.flatMap((row) => [...people(row)]))];
  const users = await client.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const previous = await previousStarts(client, rows);
  return rows.map((row, i) => ({
    id: row.id,
    boardId: row.boardId,
    sprintId: row.sprintId,
    startedById: row.startedById,
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    orderMode: row.orderMode as ScrumOrderMode,
    order: row.speakerOrder,
    speakerIndex: row.speakerIndex,
    speakers: speakersOf(row),
    names: Object.fromEntries(users.filter((u) => people(row).has(u.id)).map((u) => [u.id, u.name])),
    previousScrumAt: previous[i] ?? null,
    summary: (row.summary as ScrumSummary | null) ?? null,
  }));
}

export async function toScrum(client: Client, row: Prisma.Scrum): Promise<Scrum> {
  const [scrum] = await toScrums(client, [row]);
  return scrum!;
}
