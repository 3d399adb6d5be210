import { selectWindow } from '@echoboard/domain';
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

/** A batch being written, and what came of it: its moves as chained and their results. */
interface Flight {
  batch: Waiting[];
  outcome: Promise<{ moves: PlannedMove[]; results: WriteResult[] } | { error: unknown }>;
}

/**
 * Writes the board's waiting moves batch by batch until none are left. On PostgreSQL the next
 * batch is sent as soon as one has committed, before that one's moves are answered, so the server
 * writes it while this process answers (a socket write per move): a board's writes one after
 * another are what limits its moves. The embedded database runs on this thread, where nothing
 * overlaps: there the moves are answered first, and the ones that lost re-plan in time to join
 * the next batch (sent first, batches shrank to a move or two and moves halved).
 */
async function drain(db: Database, boards: Map<string, Waiting[]>, boardId: string, queue: Waiting[]) {
  const channel = db.kind === 'postgres' ? EVENTS_CHANNEL : null;
  const overlap = db.kind === 'postgres';
  const send = (written: Placed[]): Flight | null => {
    if (queue.length === 0) return null;
    const batch = queue.splice(0, MAX_BATCH);
    const outcome = (async () => {
      const moves = chain(
        batch.map((w) => w.move),
        written,
      );
      return { moves, results: await writeMoves(db.sql, boardId, channel, moves) };
    })().catch((error: unknown) => ({ error }));
    return { batch, outcome };
  };
  let flight = send([]);
  while (flight) {
    const { batch } = flight;
    const outcome = await flight.outcome;
    const written =
      'error' in outcome ? [] : outcome.moves.filter((_, i) => 'seq' in outcome.results[i]!).map(placedBy);
    if (overlap) flight = send(written);
    if ('error' in outcome) {
      for (const w of batch) w.reject(outcome.error);
    } else {
      const seqs = outcome.results.flatMap((result) => ('seq' in result ? [result.seq] : []));
      if (seqs.length > 0) eventsCommitted(db, { boardId, first: Math.min(...seqs), last: Math.max(...seqs) });
      for (const [i, w] of batch.entries()) w.resolve(outcome.results[i]!);
    }
    if (!overlap) {
      await new Promise(setImmediate);
      flight = send(written);
    }
  }
  boards.delete(boardId);
}

/** Where a written move put its card: what the next batch knows of the board beyond its readings. */
interface Placed {
  id: string;
  from: string | null;
  to: string;
  rank: string;
}

/**
 * Re-plans the moves of a batch that earlier moves would make stale: those of the same batch, or
 * of the batch before, which its readings may predate (two cards dropped at the bottom of one
 * column at the same moment were both planned after the card that was last). From the cards the
 * batch knows of a column (the drop points its moves read, where earlier moves put cards) the
 * domain's selectWindow gives the drop point as it will be when the move's turn comes, if nothing
 * else changed it, and the move's own plan is redone on it. The database checks that drop point
 * like any other, so a wrong guess only makes the move stale, as it would have been anyway.
 */
function chain(moves: PlannedMove[], before: Placed[]): PlannedMove[] {
  const known = new Map<string, Map<string, string>>();
  const cardsOf = (columnId: string) => {
    const cards = known.get(columnId) ?? new Map<string, string>();
    known.set(columnId, cards);
    return cards;
  };
  const placed = new Set<string>();
  const touched = new Set<string>();
  const place = ({ id, from, to, rank }: Placed) => {
    if (from) {
      known.get(from)?.delete(id);
      touched.add(from);
    }
    cardsOf(to).set(id, rank);
    placed.add(id);
    touched.add(to);
  };
  for (const move of before) place(move);
  return moves.map((move) => {
    const to = move.reading.target.id;
    const cards = cardsOf(to);
    for (const card of move.reading.window) if (!placed.has(card.id)) cards.set(card.id, card.rank);
    let planned = move;
    if (touched.has(to) && move.replan) {
      const ranked = [...cards].map(([id, rank]) => ({ id, columnId: to, rank }));
      const window = selectWindow(ranked, move.moved.id, move.window).map(({ id, rank }) => ({ id, rank }));
      // Leave it be when a neighbour it read has left (what lies beyond is not known here), or
      // when readings of different moments disagree (two cards on one key).
      const ordered = window.every((card, i) => i === 0 || window[i - 1]!.rank < card.rank);
      if (ordered && window.length >= move.reading.window.length) planned = move.replan(window) ?? move;
    }
    place(placedBy(planned));
    return planned;
  });
}

const placedBy = (move: PlannedMove): Placed => ({
  id: move.moved.id,
  from: move.reading.card.columnId,
  to: move.reading.target.id,
  rank: move.moved.rank,
});
