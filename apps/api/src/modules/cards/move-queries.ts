import type { BoardEvent, Card } from '@echoboard/contracts';
import type { MoveWindow, RankedCard } from '@echoboard/domain';
import { parseJson, type Statements } from '../../db/statements.ts';
import type { Tx } from '../../db/transaction.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { SESSION_BY_ID, SESSION_COLUMNS, type SessionRow } from '../auth/sessions.ts';
import type { Actor } from '../events/record.ts';

/*
 * The statements of a card move (move-card.ts). A move reads what it needs in one statement
 * without locks and plans the rank in TypeScript; it is written, with the other moves of its
 * board waiting at that moment (move-batches.ts), by one call of the database function
 * move_cards_if_unchanged (prisma/migrations/*_move_card_function), which locks the cards and the
 * target columns, checks that nothing read has changed and writes the cards, the board's next
 * event seqs, the history rows and the NOTIFY. After repeated races, or for a rebalance, a move
 * takes the card and column locks first (lockCardAndColumn) and the same function runs inside
 * that Prisma transaction instead of as its own.
 */

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

/** read_move's answer as it arrives: JSON, so its timestamps are strings. */
type ReadJson = Omit<MoveReading, 'card'> & { card: Record<string, unknown> };

const CARD_DATES = ['dueDate', 'blockedAt', 'columnEnteredAt', 'archivedAt', 'createdAt', 'updatedAt'] as const;

/**
 * read_move's answer with the card's timestamps as Dates, as Prisma would give them (a DATE
 * arrives as YYYY-MM-DD and becomes UTC midnight, what toCalendarDate expects).
 */
function toReading(json: ReadJson | string | null): MoveReading | null {
  const value = parseJson(json);
  if (value === null) return null;
  const card = { ...value.card };
  for (const field of CARD_DATES) {
    const at = card[field];
    if (typeof at === 'string') card[field] = new Date(at);
  }
  return { ...value, card: card as MoveReading['card'] };
}

const anchorOf = (window: MoveWindow) => (window.kind === 'after' || window.kind === 'before' ? window.anchorId : null);

/**
 * The card, the target column and the cards at the drop point, in one statement without locks
 * (read_move); null when there is no such card or the caller is not a member of its team (the
 * same 404).
 */
export async function readMove(
  run: Statements,
  options: { cardId: string; columnId: string; userId: string; window: MoveWindow },
): Promise<MoveReading | null> {
  const { cardId, columnId, userId, window } = options;
  const rows = await run.query<{ reading: ReadJson | string | null }>(
    'SELECT read_move($1::uuid, $2::uuid, $3, $4::uuid, $5::uuid) AS reading',
    [cardId, columnId, window.kind, anchorOf(window), userId],
    'read_move',
  );
  return toReading(rows[0]?.reading ?? null);
}

/**
 * A move's first read with the session it is made in, in one statement (the route's
 * config.sessionInRoute): the session row as the auth hook reads it (undefined: no such session)
 * and, for its person, what readMove reads. The caller judges the session before using the rest.
 */
export async function readMoveInSession(
  run: Statements,
  options: { sessionId: string | null; cardId: string; columnId: string; window: MoveWindow },
): Promise<{ session: SessionRow | undefined; reading: MoveReading | null }> {
  const { sessionId, cardId, columnId, window } = options;
  if (sessionId === null) return { session: undefined, reading: null };
  const [row] = await run.query<SessionRow & { reading: ReadJson | string | null }>(
    `SELECT ${SESSION_COLUMNS}, read_move($2::uuid, $3::uuid, $4, $5::uuid, u.id) AS reading FROM ${SESSION_BY_ID}`,
    [sessionId, cardId, columnId, window.kind, anchorOf(window)],
    'read_move_in_session',
  );
  if (!row) return { session: undefined, reading: null };
  const { reading, ...session } = row;
  return { session, reading: toReading(reading) };
}

/** Cards at a drop point as planMove takes them. */
export const rankedWindow = (window: MoveReading['window'], columnId: string): RankedCard[] =>
  window.map((c) => ({ id: c.id, columnId, rank: c.rank }));

type Json = { seq: number } | { stale: ReadJson | null };

/** A move planned from a reading, to be written if the reading still holds. */
export interface PlannedMove {
  reading: MoveReading & { target: TargetColumn };
  window: MoveWindow;
  /** The card as it will be stored; its timestamps are written as given, so the response, the row and the event agree. */
  moved: Card;
  /** Who moves it: the event's actor, and the member whose access the write checks again. */
  actor: NonNullable<Actor>;
  /**
   * The same plan from other cards at the drop point (null if it does not give a move): for a
   * batch whose earlier moves change this column. Absent when the plan cannot be redone so.
   */
  replan?: (window: MoveReading['window']) => PlannedMove | null;
}

/**
 * Per planned move: the seq of its event, or what it reads now when its card, the column's WIP
 * settings, its drop point or the counted cards changed meanwhile (null: no card to read).
 */
export type WriteResult = { seq: number; moved: Card } | { stale: MoveReading | null };

/**
 * Writes the planned moves of one board whose readings still hold, in one statement: the card
 * rows, the board's next seqs, the history rows and (given a channel) one NOTIFY. A move whose
 * reading changed is not written; it gets the reading as it is after the batch, to re-plan from.
 */
export async function writeMoves(
  run: Statements,
  boardId: string,
  channel: string | null,
  moves: PlannedMove[],
): Promise<WriteResult[]> {
  const at = new Date().toISOString();
  const planned = moves.map(({ reading, window, moved, actor }) => {
    const event = {
      type: 'card.upserted',
      action: 'moved',
      card: moved,
      boardId,
      actor,
      at,
    } satisfies Omit<Extract<BoardEvent, { type: 'card.upserted' }>, 'seq'>;
    return {
      card: moved.id,
      user: actor.userId,
      version: reading.card.version,
      column: reading.target.id,
      wipLimit: reading.target.wipLimit,
      wipHard: reading.target.wipHard,
      wipCount: reading.wipCount,
      kind: window.kind,
      anchor: anchorOf(window),
      window: reading.window,
      rank: moved.rank,
      enteredAt: moved.columnEnteredAt,
      at: moved.updatedAt,
      event,
    };
  });
  const rows = await run.query<{ results: Json[] | string }>(
    'SELECT move_cards_if_unchanged($1::uuid, $2::jsonb, $3) AS results',
    [boardId, JSON.stringify(planned), channel],
    'move_cards_if_unchanged',
  );
  const results = parseJson(rows[0]?.results ?? null);
  if (results?.length !== moves.length) throw new Error(`move_cards_if_unchanged answered ${JSON.stringify(results)}`);
  return results.map((result, i) =>
    'seq' in result ? { seq: result.seq, moved: moves[i]!.moved } : { stale: toReading(result.stale) },
  );
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
