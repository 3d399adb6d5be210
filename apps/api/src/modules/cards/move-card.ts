import type { Card, MoveCardBody } from '@echoboard/contracts';
import { type MoveCommand, type MoveWindow, moveWindow, planMove, rebalanceKeys } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { type Statements, statementsOf } from '../../db/statements.ts';
import { inTransaction, isRetryable, type Tx } from '../../db/transaction.ts';
import { notFound, unwrap } from '../../errors.ts';
import type { AuthUser } from '../auth/sessions.ts';
import { onBoard } from '../columns/on-board.ts';
import { type Actor, actorOf, EVENTS_CHANNEL, eventsRecorded, recordEvents } from '../events/record.ts';
import { type BoardCardRow, toCard } from '../mappers.ts';
import { writeBatched } from './move-batches.ts';
import {
  lockCardAndColumn,
  type MoveReading,
  type PlannedMove,
  rankedWindow,
  readMove,
  writeMoves,
} from './move-queries.ts';
import { checkVersion, requireOnBoard } from './update-card.ts';
import { checkCountedWip } from './wip.ts';

/** Tries without locks before a move takes them; a try after the first re-plans from what the write saw. */
const OPTIMISTIC_ATTEMPTS = 5;
/**
 * Tries under the locks: only a writer that takes a card out of this column without its lock (a
 * deletion, an archive, a move elsewhere) can still change the drop point.
 */
const LOCKED_ATTEMPTS = 5;

interface MoveOptions {
  cardId: string;
  input: MoveCardBody;
  user: AuthUser;
  /** What the route read already for this user (readMoveInSession): the first try plans from it. */
  reading?: MoveReading | null;
}

/**
 * What a move comes to once read, checked and planned: nothing to write (the card is already
 * there), a column that needs new keys (done only under the locks), or a move to write if its
 * reading still holds.
 */
type Planned = { unchanged: Card } | { rebalance: Rebalance } | { move: PlannedMove };

interface Rebalance {
  card: BoardCardRow;
  command: MoveCommand;
}

/**
 * Moves a card next to the neighbours the client names. The server computes the rank from the
 * neighbours as they are now (never trusting a client's rank) and writes one row, except when a
 * column's keys have grown too long and the column is rebalanced in the same transaction.
 * It checks access itself (what requireCard does elsewhere), in the statement that reads the
 * card: a card of a team the user is not in gets the 404 of a missing one.
 *
 * Optimistic: a move reads without locks and is written only if what it read still holds, in a
 * statement that is its own transaction, batched with the board's other moves of the moment (no
 * lock is held across a round trip, and a batch costs one WAL flush). One whose reading no
 * longer held re-plans from the reading the write sends back; after a few such races, or for a
 * rebalance, it takes the card and column locks first, as one transaction, and cannot lose again.
 */
export async function moveCard(db: Database, options: MoveOptions): Promise<Card> {
  const window = moveWindow(options.input);
  let known: Known = options.reading;
  for (let attempt = 1; attempt <= OPTIMISTIC_ATTEMPTS; attempt++) {
    try {
      const planned = await planAttempt(db.sql, options, window, known);
      if ('unchanged' in planned) return planned.unchanged;
      if ('rebalance' in planned) break;
      const result = await writeBatched(db, planned.move.moved.boardId, planned.move);
      if ('seq' in result) return result.moved;
      known = result.stale;
    } catch (error) {
      // A deadlock with a writer that locks a column before its cards: nothing was written.
      if (!isRetryable(error)) throw error;
      known = undefined;
    }
  }
  const channel = db.kind === 'postgres' ? EVENTS_CHANNEL : null;
  return inTransaction(db, async (tx) => {
    await lockCardAndColumn(tx, {
      cardId: options.cardId,
      columnId: options.input.toColumnId,
      userId: options.user.id,
    });
    const run = statementsOf(tx);
    let known: Known;
    for (let attempt = 1; attempt <= LOCKED_ATTEMPTS; attempt++) {
      const planned = await planAttempt(run, options, window, known);
      if ('unchanged' in planned) return planned.unchanged;
      if ('rebalance' in planned) return moveWithRebalance(tx, planned.rebalance, actorOf(options.user));
      const result = (await writeMoves(run, planned.move.moved.boardId, channel, [planned.move]))[0]!;
      if ('stale' in result) {
        known = result.stale;
        continue;
      }
      eventsRecorded(tx, result.moved.boardId, result.seq, result.seq);
      return result.moved;
    }
    throw new Error(`Card ${options.cardId}: the drop point kept changing under the column lock`);
  });
}

/** What a failed write gave back to re-plan from (null: no such card); undefined: read first. */
type Known = MoveReading | null | undefined;

/** Reads (unless it was given what to plan from), checks and plans one move; writes nothing. */
async function planAttempt(run: Statements, options: MoveOptions, window: MoveWindow, known: Known): Promise<Planned> {
  const { cardId, input, user } = options;
  const reading =
    known === undefined ? await readMove(run, { cardId, columnId: input.toColumnId, userId: user.id, window }) : known;
  if (!reading) throw notFound('CARD_NOT_FOUND', cardId);
  checkVersion(reading.card, input.version);
  const card = requireOnBoard(reading.card);
  const target = onBoard(reading.target, card.boardId, input.toColumnId, 'body.toColumnId');
  const sameColumn = target.id === card.columnId;
  checkCountedWip(target, sameColumn, reading.wipCount);
  // A reorder within a column leaves its count as it is: only a card entering depends on it.
  const wipCount = sameColumn ? null : reading.wipCount;
  const command = {
    cardId: card.id,
    toColumnId: target.id,
    afterCardId: input.afterCardId,
    beforeCardId: input.beforeCardId,
  };
  // Only the neighbours at the drop point are read; the whole column only for a rebalance.
  const self = { id: card.id, columnId: card.columnId, rank: card.rank };
  const plan = unwrap(planMove([...rankedWindow(reading.window, target.id), self], command));
  if (plan.toColumnId === card.columnId && plan.rank === card.rank) return { unchanged: toCard(card) };
  if (plan.rebalance) return { rebalance: { card, command } };
  const now = new Date();
  const planned = (rank: string, cards: MoveReading['window']): PlannedMove => ({
    reading: { ...reading, target, window: cards, wipCount },
    window,
    moved: toCard({
      ...card,
      columnId: target.id,
      rank,
      version: card.version + 1,
      updatedAt: now,
      columnEnteredAt: sameColumn ? card.columnEnteredAt : now,
    }),
    actor: actorOf(user),
    // A counted WIP limit was checked on this reading's count: that plan is not redone.
    ...(wipCount === null ? { replan } : {}),
  });
  const replan = (cards: MoveReading['window']) => {
    const again = planMove([...rankedWindow(cards, target.id), self], command);
    if (!again.ok || again.value.rebalance || (sameColumn && again.value.rank === card.rank)) return null;
    return planned(again.value.rank, cards);
  };
  return { move: planned(plan.rank, reading.window) };
}

/** The rare move whose key would grow too long: the whole target column gets fresh keys. */
async function moveWithRebalance(tx: Tx, { card, command }: Rebalance, actor: Actor) {
  const siblings = await tx.card.findMany({
    where: { columnId: command.toColumnId, id: { not: card.id } },
    select: { id: true, columnId: true, rank: true },
  });
  const ranked = siblings.map((s) => ({ ...s, columnId: command.toColumnId }));
  const plan = unwrap(planMove([...ranked, { id: card.id, columnId: card.columnId, rank: card.rank }], command));
  await rebalanceColumn(tx, command.toColumnId, plan.order);
  const moved = toCard(
    await tx.card.update({
      where: { id: card.id },
      data: {
        version: { increment: 1 },
        ...(command.toColumnId !== card.columnId ? { columnEnteredAt: new Date() } : {}),
      },
    }),
  );
  // Every card of the column has a new key: viewers need them all, the moved one last. The others
  // were not moved (a person who just moved one must not be told someone moved it after them).
  const others = await tx.card.findMany({ where: { columnId: command.toColumnId, id: { not: card.id } } });
  await recordEvents(tx, card.boardId, actor, [
    ...others.map((other) => ({ type: 'card.upserted' as const, action: 'reordered' as const, card: toCard(other) })),
    { type: 'card.upserted', action: 'moved', card: moved },
  ]);
  return moved;
}

/**
 * Rewrites every rank of a column with fresh short keys, in the given order. Two passes, because
 * the unique (column, rank) index is checked row by row: first park every card on a key no real
 * key can equal ('~' sorts after every base-62 digit), then write the final keys.
 */
async function rebalanceColumn(tx: Tx, columnId: string, order: string[]) {
  const keys = rebalanceKeys(order.length);
  await tx.$executeRaw`UPDATE cards SET rank = '~' || id::text WHERE id = ANY(${order}::uuid[])`;
  for (const [i, id] of order.entries()) {
    await tx.card.update({ where: { id }, data: { columnId, rank: keys[i]! } });
  }
}
