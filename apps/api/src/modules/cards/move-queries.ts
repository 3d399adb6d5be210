import type { BoardEvent, Card } from '@echoboard/contracts';
import type { MoveWindow, RankedCard } from '@echoboard/domain';
import type { SqlRunner } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Actor } from '../events/record.ts';

/*
 * The statements of a card move (move-card.ts). A move reads what it needs in one statement
 * without locks, plans the rank in TypeScript, and writes with one call of the database function
 * move_card_if_unchanged (migration 20261203062500_move_card_function), which locks the card and
 * the target column, checks that nothing read has changed and writes the card, the board's next
 * event seq, the history row and the NOTIFY.
 */

/** Plain statements on the pool, on the embedded database or inside a transaction. */
export type Statements = Pick<SqlRunner, 'query'>;

/** Statements inside a Prisma interactive transaction. */
export const statementsOf = (tx: Tx): Statements => ({
  query: <T>(text: string, params: unknown[] = []) => tx.$queryRawUnsafe<T[]>(text, ...params),
});

export interface TargetColumn {
  id: string;
  boardId: string;
  name: string;
  wipLimit: number | null;
  wipHard: boolean;
}

export interface MoveReading {
  /** The card as Prisma's Card model names its fields, so the mappers take it as is. */
  card: Prisma.CardGetPayload<object>;
  target: TargetColumn | null;
  /** The cards at the drop point as move_window gives them: compared as they are on write. */
  window: { id: string; rank: string }[];
  /** The target column's card count, read only when it has a hard WIP limit. */
  wipCount: number | null;
}

type ReadRow = Prisma.CardGetPayload<object> & {
  targetId: string | null;
  targetBoardId: string | null;
  targetName: string | null;
  wipLimit: number | null;
  wipHard: boolean | null;
  window: MoveReading['window'] | string | null;
  wipCount: number | null;
};

// A DATE arrives as a Date at local midnight from node-postgres, at UTC midnight from Prisma:
// as a timestamptz at UTC midnight it is the same everywhere (what toCalendarDate expects).
const READ = `
  SELECT c.id, c.team_id AS "teamId", c.board_id AS "boardId", c.column_id AS "columnId",
    c.sprint_id AS "sprintId", c.title, c.description, c.effort, c.labels,
    c.due_date::timestamp AT TIME ZONE 'UTC' AS "dueDate", c.assignee, c.assignee_id AS "assigneeId", c.rank,
    c.version, c.blocked_reason AS "blockedReason", c.blocked_at AS "blockedAt",
    c.column_entered_at AS "columnEnteredAt", c.shareable, c.source_feedback_id AS "sourceFeedbackId",
    c.campaign_id AS "campaignId", c.archived_at AS "archivedAt", c.created_at AS "createdAt",
    c.updated_at AS "updatedAt",
    k.id AS "targetId", k.board_id AS "targetBoardId", k.name AS "targetName", k.wip_limit AS "wipLimit",
    k.wip_hard AS "wipHard",
    CASE WHEN k.id IS NOT NULL THEN move_window(k.id, c.id, $3, $4::uuid) END AS "window",
    CASE WHEN k.wip_hard AND k.wip_limit IS NOT NULL
      THEN (SELECT count(*)::int FROM cards n WHERE n.column_id = k.id) END AS "wipCount"
  FROM cards c LEFT JOIN columns k ON k.id = $2::uuid
  WHERE c.id = $1::uuid
    AND EXISTS (SELECT 1 FROM memberships m WHERE m.team_id = c.team_id AND m.user_id = $5::uuid)`;

const anchorOf = (window: MoveWindow) => (window.kind === 'after' || window.kind === 'before' ? window.anchorId : null);

/**
 * The card, the target column and the cards at the drop point, in one statement without locks;
 * null when there is no such card or the caller is not a member of its team (the same 404).
 */
export async function readMove(
  run: Statements,
  options: { cardId: string; columnId: string; userId: string; window: MoveWindow },
): Promise<MoveReading | null> {
  const { cardId, columnId, userId, window } = options;
  const rows = await run.query<ReadRow>(READ, [cardId, columnId, window.kind, anchorOf(window), userId]);
  const row = rows[0];
  if (!row) return null;
  const { targetId, targetBoardId, targetName, wipLimit, wipHard, window: cards, wipCount, ...card } = row;
  return {
    card,
    target:
      targetId === null
        ? null
        : { id: targetId, boardId: targetBoardId!, name: targetName!, wipLimit, wipHard: wipHard === true },
    window: parseJson(cards) ?? [],
    wipCount,
  };
}

/** The window's cards as planMove takes them. */
export const rankedWindow = (reading: MoveReading, columnId: string): RankedCard[] =>
  reading.window.map((c) => ({ id: c.id, columnId, rank: c.rank }));

/**
 * Writes the planned move if nothing `reading` saw has changed, in one statement: the card row,
 * the board's next seq, the history row and (given a channel) the NOTIFY. Returns the event's
 * seq, or null when the card, the column's WIP settings, the drop point or the counted cards
 * changed meanwhile (nothing written; read again). `moved` is the card as it will be stored;
 * its timestamps are written as given, so the response, the row and the event agree.
 */
export async function writeMoveIfUnchanged(
  run: Statements,
  options: {
    reading: MoveReading & { target: TargetColumn };
    window: MoveWindow;
    userId: string;
    moved: Card;
    actor: Actor;
    channel: string | null;
  },
): Promise<number | null> {
  const { reading, window, userId, moved, actor, channel } = options;
  const event = {
    type: 'card.upserted',
    action: 'moved',
    card: moved,
    boardId: moved.boardId,
    actor,
    at: new Date().toISOString(),
  } satisfies Omit<Extract<BoardEvent, { type: 'card.upserted' }>, 'seq'>;
  const rows = await run.query<{ seq: number | null }>(
    `SELECT move_card_if_unchanged($1::uuid, $2::uuid, $3::int, $4::uuid, $5::int, $6::boolean, $7::int,
       $8, $9::uuid, $10::jsonb, $11, $12::timestamptz, $13::timestamptz, $14::jsonb, $15) AS seq`,
    [
      moved.id,
      userId,
      reading.card.version,
      reading.target.id,
      reading.target.wipLimit,
      reading.target.wipHard,
      reading.wipCount,
      window.kind,
      anchorOf(window),
      JSON.stringify(reading.window),
      moved.rank,
      moved.columnEnteredAt,
      moved.updatedAt,
      JSON.stringify(event),
      channel,
    ],
  );
  return rows[0]?.seq ?? null;
}

/**
 * Locks the card and the target column for a move that must not go stale (a rebalance, or a move
 * that lost the race too often), only if the caller is a member of the card's team: another
 * team's card is never locked. The column lock serialises writers of ranks into that column.
 */
export async function lockCardAndColumn(tx: Tx, options: { cardId: string; columnId: string; userId: string }) {
  const { cardId, columnId, userId } = options;
  await tx.$queryRaw`
    WITH c AS (
      SELECT id FROM cards WHERE id = ${cardId}::uuid
        AND EXISTS (SELECT 1 FROM memberships m WHERE m.team_id = cards.team_id AND m.user_id = ${userId}::uuid)
      FOR UPDATE
    )
    SELECT id FROM columns WHERE id = ${columnId}::uuid AND EXISTS (SELECT 1 FROM c) FOR UPDATE`;
}

// PGlite hands json back parsed, node-postgres too; a string only if an adapter does not.
const parseJson = <T>(value: T | string | null): T | null =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;
