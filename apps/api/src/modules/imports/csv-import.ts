import type { CsvImportBody, CsvImportPreview, CsvImportResult } from '@echoboard/contracts';
import type { Role } from '@echoboard/domain';
import { type CsvImportPlan, keysBetween, newColumnKeys, parseCsv, planCsvImport } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import { type Actor, type NewEvent, recordEvents } from '../events/record.ts';
import { fromCalendarDate, toColumn } from '../mappers.ts';
import { activeSprintId } from '../sprints/sprint-rows.ts';
import { capWarnings, sampleTitles } from './shared.ts';

type Client = Database['prisma'] | Tx;

/**
 * The board's columns in order with their card counts, and the plan for the file against them.
 * With `lock`, every column row of the board is locked first (in rank order, as moves lock them),
 * so no card can enter a column between the WIP check and the insert.
 */
async function planFor(client: Client, boardId: string, body: CsvImportBody, lock = false) {
  const board = await client.board.findUnique({ where: { id: boardId }, select: { effortScale: true, teamId: true } });
  if (!board) throw notFound('BOARD_NOT_FOUND', boardId);
  const columns = await client.$queryRawUnsafe<
    { id: string; name: string; rank: string; wip_limit: number | null; wip_hard: boolean }[]
  >(
    `SELECT id, name, rank, wip_limit, wip_hard FROM columns WHERE board_id = $1::uuid ORDER BY rank${lock ? ' FOR UPDATE' : ''}`,
    boardId,
  );
  const counts = await client.card.groupBy({ by: ['columnId'], where: { boardId }, _count: { _all: true } });
  const countOf = new Map(counts.map((c) => [c.columnId, c._count._all]));
  const rows = unwrap(parseCsv(body.file, body.delimiter));
  const plan = unwrap(
    planCsvImport(
      rows,
      {
        effortScale: board.effortScale,
        columns: columns.map((c) => ({
          id: c.id,
          name: c.name,
          wipLimit: c.wip_limit,
          wipHard: c.wip_hard,
          cardCount: countOf.get(c.id) ?? 0,
        })),
      },
      body,
    ),
  );
  return { plan, header: rows[0] ?? [], teamId: board.teamId, columns };
}

const summary = (plan: CsvImportPlan, header: string[]): CsvImportPreview => ({
  header,
  columns: plan.columns.map((c) => ({
    columnId: c.columnId,
    name: c.name,
    cardCount: c.cards.length,
    sampleTitles: sampleTitles(c.cards),
  })),
  newColumns: plan.newColumns,
  cardCount: plan.cardCount,
  errors: plan.errors.slice(0, 100),
  warnings: capWarnings(plan.warnings),
});

export async function previewCsvImport(db: Database, boardId: string, body: CsvImportBody) {
  const { plan, header } = await planFor(db.prisma, boardId, body);
  return summary(plan, header);
}

/**
 * Adds the file's cards at the bottom of their columns (new columns before the done column) in one
 * transaction; the whole file or nothing. Viewers get the new columns and one `board.imported` event,
 * and reload.
 */
export async function importCsv(
  db: Database,
  options: { boardId: string; body: CsvImportBody; actor: Actor; role: Role },
): Promise<CsvImportResult> {
  const { boardId, body, actor, role } = options;
  return inTransaction(db, async (tx) => {
    const { plan, teamId, columns } = await planFor(tx, boardId, body, true);
    if (plan.errors.length > 0) {
      const shown = plan.errors.slice(0, 5).map((e) => e.message);
      const more = plan.errors.length > 5 ? ` …and ${plan.errors.length - 5} more` : '';
      throw new AppError('VALIDATION_FAILED', `Nothing was imported. Fix the file: ${shown.join('; ')}${more}.`, {
        errors: plan.errors
          .slice(0, 100)
          .map((e) => ({ path: e.row === null ? 'body.file' : `body.file.row.${e.row}`, message: e.message })),
      });
    }
    if (plan.cardCount === 0) {
      throw new AppError('VALIDATION_FAILED', 'The file has no cards to import: every row below the header is empty.');
    }
    if (plan.newColumns.length > 0 && role !== 'lead') {
      throw new AppError(
        'FORBIDDEN',
        `Only a team lead can add columns (${plan.newColumns.join(', ')}). Choose to put those rows in an existing column, or ask a lead.`,
      );
    }
    // Before the done column: after it, the new columns would change which cards count as done.
    const newRanks = newColumnKeys(columns, plan.newColumns.length);
    const sprintId = await activeSprintId(tx, boardId);
    let created = 0;
    const newColumns: NewEvent[] = [];
    const sprintCards: { id: string; columnId: string; effort: number | null }[] = [];
    for (const column of plan.columns) {
      let columnId = column.columnId;
      if (!columnId) {
        const added = await tx.column.create({ data: { boardId, name: column.name, rank: newRanks[created++]! } });
        newColumns.push({ type: 'column.upserted', column: toColumn(added) });
        columnId = added.id;
      }
      const last = await tx.card.findFirst({ where: { columnId }, orderBy: { rank: 'desc' }, select: { rank: true } });
      const ranks = keysBetween(last?.rank ?? null, null, column.cards.length);
      const rows = await tx.card.createManyAndReturn({
        select: { id: true, effort: true },
        data: column.cards.map((card, i) => ({
          teamId,
          boardId,
          columnId,
          sprintId,
          title: card.title,
          description: card.description,
          labels: card.labels,
          effort: card.effort,
          dueDate: fromCalendarDate(card.dueDate) ?? null,
          rank: ranks[i]!,
        })),
      });
      if (sprintId) sprintCards.push(...rows.map((row) => ({ ...row, columnId })));
    }
    await recordEvents(tx, boardId, actor, [
      ...newColumns,
      { type: 'board.imported', source: 'csv', cards: plan.cardCount, ...(sprintId && { sprintCards }) },
    ]);
    return { boardId, cards: plan.cardCount, newColumns: plan.newColumns };
  });
}
