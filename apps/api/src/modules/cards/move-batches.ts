import type { Database } from '../../db/database.ts';
import { EVENTS_CHANNEL, eventsCommitted } from '../events/record.ts';
import { type PlannedMove, type WriteResult, writeMoves } from './move-queries.ts';

/** Moves written by one statement at most; more wait for the next batch. */
const MAX_BATCH = 64;

interface Waiting {
  move: PlannedMove;
  resolve: (result: WriteResult) => void;
  reject: (error: unknown) => void;
}

// Per database, the boards with moves being written: what waits for the batch in flight.
const queues = new WeakMap<Database, Map<string, Waiting[]>>();

/**
 * Writes a planned move together with the other moves of its board that arrive while the
 * board's previous batch is being written: one statement, one transaction, one WAL flush for
 * all of them (move_cards_if_unchanged). A board's moves commit one after another anyway (its
 * event seq is locked until commit), so one flush each capped them at the disk's flush rate;
 * batching adds no wait when a board is quiet (a lone move is written at once). Resolves once
 * the batch has committed and this process's listeners were told.
 */
export function writeBatched(db: Database, boardId: string, move: PlannedMove): Promise<WriteResult> {
  let boards = queues.get(db);
  if (!boards) {
    boards = new Map();
    queues.set(db, boards);
  }
  const waiting = boards.get(boardId);
  return new Promise((resolve, reject) => {
    if (waiting) {
      waiting.push({ move, resolve, reject });
      return;
    }
    const queue: Waiting[] = [{ move, resolve, reject }];
    boards.set(boardId, queue);
    void drain(db, boards, boardId, queue);
  });
}

/** Writes the board's waiting moves batch by batch until none are left. */
async function drain(db: Database, boards: Map<string, Waiting[]>, boardId: string, queue: Waiting[]) {
  const channel = db.kind === 'postgres' ? EVENTS_CHANNEL : null;
  while (queue.length > 0) {
    const batch = queue.splice(0, MAX_BATCH);
    try {
      const moves = batch.map((w) => w.move);
      const results = await writeMoves(db.sql, boardId, channel, moves);
      const seqs = results.flatMap((result) => ('seq' in result ? [result.seq] : []));
      if (seqs.length > 0) await eventsCommitted(db, boardId, Math.min(...seqs), Math.max(...seqs));
      for (const [i, w] of batch.entries()) w.resolve(results[i]!);
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
    // Let the moves that lost re-plan from what they were given, to join the next batch.
    await new Promise(setImmediate);
  }
  boards.delete(boardId);
}
