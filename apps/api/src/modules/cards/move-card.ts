import type { Card, MoveCardBody } from '@echoboard/contracts';
import { type MoveCommand, type MoveWindow, moveWindow, planMove, rebalanceKeys } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, isRetryable, type Tx } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import type { AuthUser } from '../auth/sessions.ts';
import {
  type Actor,
  actorOf,
  EVENTS_CHANNEL,
  eventsCommitted,
  eventsRecorded,
  recordEvents,
} from '../events/record.ts';
import { type BoardCardRow, toCard } from '../mappers.ts';
import {
  lockCardAndColumn,
  rankedWindow,
  readMove,
  type Statements,
  statementsOf,
  writeMoveIfUnchanged,
} from './move-queries.ts';
import { checkVersion, requireOnBoard } from './update-card.ts';
import { checkCountedWip } from './wip.ts';

/** Tries without locks before a move takes them; each costs two statements. */
const OPTIMISTIC_ATTEMPTS = 3;
/** Tries under the locks: only a writer that takes no column lock (a deletion) can intervene. */
const LOCKED_ATTEMPTS = 5;

interface MoveOptions {
  cardId: string;
  input: MoveCardBody;
  user: AuthUser;
}

/** The moved card, and the seq of its event when the caller still has to announce it. */
type Outcome = { card: Card; seq: number | null } | 'stale' | 'rebalance';

/**
 * Moves a card next to the neighbours the client names. The server computes the rank from the
 * neighbours as they are now (never trusting a client's rank) and writes one row, except when a
 * column's keys have grown too long and the column is rebalanced in the same transaction.
 * It checks access itself (what requireCard does elsewhere), in the statement that reads the
 * card: a card of a team the user is not in gets the 404 of a missing one.
 *
 * Optimistic: a move reads without locks and writes only if what it read still holds, in one
 * statement that is its own transaction (two round trips, no lock held across one). One that
 * finds its read changed reads again; after a few such races, or for a rebalance, it takes the
 * card and column locks first, as one transaction, and cannot lose again.
 */
export async function moveCard(db: Database, options: MoveOptions): Promise<Card> {
  const window = moveWindow(options.input);
  for (let attempt = 1; attempt <= OPTIMISTIC_ATTEMPTS; attempt++) {
    let outcome: Outcome;
    try {
      outcome = await attemptMove(db, db.sql, options, window, null);
    } catch (error) {
      // A deadlock with a writer that locks the column before its cards: nothing was written.
      if (isRetryable(error)) continue;
      throw error;
    }
    if (outcome === 'rebalance') break;
    if (outcome === 'stale') continue;
    if (outcome.seq !== null) await eventsCommitted(db, outcome.card.boardId, outcome.seq, outcome.seq);
    return outcome.card;
  }
  return inTransaction(db, async (tx) => {
    await lockCardAndColumn(tx, {
      cardId: options.cardId,
      columnId: options.input.toColumnId,
      userId: options.user.id,
    });
    for (let attempt = 1; attempt <= LOCKED_ATTEMPTS; attempt++) {
      const outcome = await attemptMove(db, statementsOf(tx), options, window, tx);
      if (typeof outcome === 'string') continue;
      if (outcome.seq !== null) await eventsRecorded(tx, outcome.card.boardId, outcome.seq, outcome.seq);
      return outcome.card;
    }
    throw new Error(`Card ${options.cardId}: the drop point kept changing under the column lock`);
  });
}

/**
 * Reads, checks, plans and writes one move. `tx` is the transaction holding the card and column
 * locks, or null for an optimistic try, which answers 'stale' when its read no longer holds and
 * 'rebalance' when the column needs new keys (done only under the locks).
 */
async function attemptMove(
  db: Database,
  run: Statements,
  options: MoveOptions,
  window: MoveWindow,
  tx: Tx | null,
): Promise<Outcome> {
  const { cardId, input, user } = options;
  const reading = await readMove(run, { cardId, columnId: input.toColumnId, userId: user.id, window });
  if (!reading) throw notFound('CARD_NOT_FOUND', cardId);
  checkVersion(reading.card, input.version);
  const card = requireOnBoard(reading.card);
  const target = reading.target;
  if (!target || target.boardId !== card.boardId) {
    throw new AppError(
      'COLUMN_NOT_FOUND',
      `Column ${input.toColumnId} is not on this card's board; reload the board.`,
      {
        errors: [{ path: 'body.toColumnId', message: 'is not a column of this board' }],
      },
    );
  }
  const sameColumn = target.id === card.columnId;
  checkCountedWip(target, sameColumn, reading.wipCount);
  const command = {
    cardId: card.id,
    toColumnId: target.id,
    afterCardId: input.afterCardId,
    beforeCardId: input.beforeCardId,
  };
  // Only the neighbours at the drop point are read; the whole column only for a rebalance.
  const self = { id: card.id, columnId: card.columnId, rank: card.rank };
  const plan = unwrap(planMove([...rankedWindow(reading, target.id), self], command));
  if (plan.toColumnId === card.columnId && plan.rank === card.rank) return { card: toCard(card), seq: null };
  const actor = actorOf(user);
  if (plan.rebalance) {
    return tx ? { card: await moveWithRebalance(tx, card, command, actor), seq: null } : 'rebalance';
  }
  const now = new Date();
  const moved = toCard({
    ...card,
    columnId: target.id,
    rank: plan.rank,
    version: card.version + 1,
    updatedAt: now,
    columnEnteredAt: sameColumn ? card.columnEnteredAt : now,
  });
  const seq = await writeMoveIfUnchanged(run, {
    reading: { ...reading, target },
    window,
    userId: user.id,
    moved,
    actor,
    channel: db.kind === 'postgres' ? EVENTS_CHANNEL : null,
  });
  return seq === null ? 'stale' : { card: moved, seq };
}

/** The rare move whose key would grow too long: the whole target column gets fresh keys. */
async function moveWithRebalance(tx: Tx, card: BoardCardRow, command: MoveCommand, actor: Actor) {
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
  // Every card of the column has a new key: viewers need them all, the moved one last.
  const others = await tx.card.findMany({ where: { columnId: command.toColumnId, id: { not: card.id } } });
  await recordEvents(tx, card.boardId, actor, [
    ...others.map((other) => ({ type: 'card.upserted' as const, action: 'moved' as const, card: toCard(other) })),
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
