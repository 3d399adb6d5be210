import type { BoardEvent, Card } from '@echoboard/contracts';
import type { MoveWindow, RankedCard } from '@echoboard/domain';
import type { Tx } from '../../db/transaction.ts';
import { txDatabase } from '../../db/transaction.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { type Actor, EVENTS_CHANNEL, eventsRecorded } from '../events/record.ts';

/*
 * The statements of a card move, written so that a move costs four round trips inside its
 * transaction (access check and lock, neighbours, write, commit) instead of about ten, and holds
 * the board row's lock (the event sequence) only for the last statement and the commit.
 */

/** The columns of a cards row under the names of Prisma's Card model, so mappers take it as is. */
const CARD_FIELDS = Prisma.sql`c.id, c.team_id AS "teamId", c.board_id AS "boardId", c.column_id AS "columnId",
  c.sprint_id AS "sprintId", c.title, c.description, c.effort, c.labels, c.due_date AS "dueDate", c.assignee,
  c.assignee_id AS "assigneeId", c.rank, c.version, c.blocked_reason AS "blockedReason",
  c.blocked_at AS "blockedAt", c.column_entered_at AS "columnEnteredAt", c.shareable,
  c.source_feedback_id AS "sourceFeedbackId", c.campaign_id AS "campaignId", c.archived_at AS "archivedAt",
  c.created_at AS "createdAt",
  c.updated_at AS "updatedAt"`;

export interface TargetColumn {
  id: string;
  boardId: string;
  name: string;
  wipLimit: number | null;
  wipHard: boolean;
}

/**
 * Locks the card and the target column in one statement, and only if the caller is a member of
 * the card's team: the access check of the move, so it costs no round trip of its own. A card of
 * another team comes back null, exactly like a missing one (the same 404), and is never locked,
 * nor is the column. The column lock serialises writers of ranks into that column, so two moves
 * never compute the same key. Either may be null (no such row).
 */
export async function lockCardAndColumn(tx: Tx, options: { cardId: string; columnId: string; userId: string }) {
  const { cardId, columnId, userId } = options;
  const rows = await tx.$queryRaw<(Prisma.CardGetPayload<object> & { found: boolean; target: TargetColumn | null })[]>`
    WITH c AS (
      SELECT * FROM cards WHERE id = ${cardId}::uuid
        AND EXISTS (SELECT 1 FROM memberships m WHERE m.team_id = cards.team_id AND m.user_id = ${userId}::uuid)
      FOR UPDATE
    ), k AS (
      SELECT id, board_id, name, wip_limit, wip_hard FROM columns
      WHERE id = ${columnId}::uuid AND EXISTS (SELECT 1 FROM c) FOR UPDATE
    )
    SELECT c.id IS NOT NULL AS found, ${CARD_FIELDS},
      (SELECT json_build_object('id', k.id, 'boardId', k.board_id, 'name', k.name, 'wipLimit', k.wip_limit,
         'wipHard', k.wip_hard) FROM k) AS target
    FROM (SELECT 1) AS one LEFT JOIN c ON true`;
  const { found, target, ...card } = rows[0]!;
  return { card: found ? (card as Prisma.CardGetPayload<object>) : null, target: parseJson(target) };
}

/**
 * The cards of a column that planMove needs for one window (selectWindow in the domain, by
 * index): at most two rows. A separate statement from the lock, so it sees every move committed
 * before the lock was granted: a statement reads with the snapshot it took before waiting for the
 * lock, so folded into lockCardAndColumn it would miss the move it waited for, and concurrent moves
 * into one column would compute the same key (move.test.ts, "many moves land in one column",
 * fails with 500s on PostgreSQL when tried).
 */
export function readWindow(tx: Tx, columnId: string, cardId: string, window: MoveWindow): Promise<RankedCard[]> {
  const from = Prisma.sql`SELECT id, column_id AS "columnId", rank FROM cards
    WHERE column_id = ${columnId}::uuid AND id <> ${cardId}::uuid`;
  const anchorRank = (anchorId: string) =>
    Prisma.sql`(SELECT rank FROM cards WHERE id = ${anchorId}::uuid AND column_id = ${columnId}::uuid)`;
  switch (window.kind) {
    case 'first':
      return tx.$queryRaw`${from} ORDER BY rank LIMIT 1`;
    case 'last':
      return tx.$queryRaw`${from} ORDER BY rank DESC LIMIT 1`;
    case 'after':
      return tx.$queryRaw`${from} AND rank >= ${anchorRank(window.anchorId)} ORDER BY rank LIMIT 2`;
    case 'before':
      return tx.$queryRaw`${from} AND rank <= ${anchorRank(window.anchorId)} ORDER BY rank DESC LIMIT 2`;
  }
}

/**
 * Writes the moved card and appends its `card.upserted` event in one statement: the card row,
 * the board's next seq, the history row and (on PostgreSQL) the NOTIFY. `moved` is the card as
 * it will be stored; its timestamps are written as given, so the response, the row and the
 * event agree to the millisecond.
 */
export async function writeMove(tx: Tx, moved: Card, actor: Actor): Promise<void> {
  const notify = txDatabase(tx).kind === 'postgres';
  const event = {
    type: 'card.upserted',
    action: 'moved',
    card: moved,
    boardId: moved.boardId,
    actor,
    at: new Date().toISOString(),
  } satisfies Omit<Extract<BoardEvent, { type: 'card.upserted' }>, 'seq'>;
  const rows = await tx.$queryRaw<{ seq: number }[]>`
    WITH moved AS (
      UPDATE cards SET column_id = ${moved.columnId}::uuid, rank = ${moved.rank}, version = ${moved.version}::int,
        column_entered_at = ${moved.columnEnteredAt}::timestamptz, updated_at = ${moved.updatedAt}::timestamptz
      WHERE id = ${moved.id}::uuid
    ), seq AS (
      UPDATE boards SET event_seq = event_seq + 1 WHERE id = ${moved.boardId}::uuid RETURNING event_seq
    ), history AS (
      INSERT INTO board_events (board_id, seq, type, payload)
      SELECT ${moved.boardId}::uuid, event_seq, 'card.upserted', ${JSON.stringify(event)}::jsonb || jsonb_build_object('seq', event_seq)
      FROM seq
    )
    SELECT event_seq AS seq,
      CASE WHEN ${notify} THEN pg_notify(${EVENTS_CHANNEL}, ${`${moved.boardId}:`}::text || event_seq::text)::text END AS notified
    FROM seq`;
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error(`Board ${moved.boardId} vanished under a locked column`);
  await eventsRecorded(tx, moved.boardId, seq, seq);
}

// PGlite hands json back parsed, node-postgres too; a string only if an adapter does not.
const parseJson = <T>(value: T | string | null): T | null =>
  typeof value === 'string' ? (JSON.parse(value) as T) : value;
