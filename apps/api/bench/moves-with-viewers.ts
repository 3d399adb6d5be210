// Move throughput with 50 viewers on the board against none: the same autocannon move load on two
// 200-card boards of one process, one with VIEWERS open streams (the hub then reads every new
// event and writes it to each stream) and one with none. The load alternates between them in
// short runs, in the order none, watched, watched, none, and so on: a machine getting busier or
// quieter during the figure shifts both sides alike, where one long run each would take whatever
// minute it fell in.
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { alternate, type LoadResult, warmUp } from './load.ts';
import { type DatabaseKind, freshDatabaseOf, randomMove, seedBoard, startApp } from './setup.ts';

const VIEWERS = Number(process.env.VIEWERS ?? 50);

export interface MovesWithViewers {
  kind: DatabaseKind;
  viewers: number;
  alone: number;
  watched: number;
  /** Board events the least and the most served viewer received, against the moves made meanwhile. */
  received: { min: number; max: number; moves: number; outOfOrder: number };
  failed: number;
}

type Answer = { opened?: number; events?: number[]; gaps?: number };

/** Opens `count` viewers in a child process; resolves once every stream is open. */
async function openViewers(url: string, cookie: string, count: number) {
  const child = fork(resolve(import.meta.dirname, 'viewers.ts'), [url, cookie, String(count)]);
  const answer = () =>
    new Promise<Answer>((done, fail) => {
      child.once('message', (m) => done(m as Answer));
      child.once('exit', (code) => fail(new Error(`viewers exited with ${code}`)));
    });
  const { opened } = await answer();
  if (opened !== count) throw new Error(`only ${opened} of ${count} viewers could open the stream`);
  return {
    close: async () => {
      const closed = answer();
      child.send('stop');
      const { events = [], gaps = 0 } = await closed;
      return { events, gaps };
    },
  };
}

export async function movesWithViewers(kind: DatabaseKind): Promise<MovesWithViewers> {
  const fresh = await freshDatabaseOf(kind);
  const { app, base, headers, teamId } = await startApp(fresh.db);
  try {
    const alone = await seedBoard(fresh.db, teamId, 200);
    const watched = await seedBoard(fresh.db, teamId, 200);
    const on = (board: typeof alone) => ({ url: base, method: 'POST' as const, headers, body: randomMove(board) });
    await warmUp(on(alone));
    const viewers = await openViewers(`${base}/api/boards/${watched.boardId}/events`, headers.cookie, VIEWERS);
    let runs: [LoadResult, LoadResult];
    let received: { events: number[]; gaps: number };
    let warmMoves: number;
    try {
      // The fan-out's first reads and writes, not counted (their moves are: the viewers get them).
      warmMoves = (await warmUp(on(watched))).ok;
      runs = await alternate(on(alone), on(watched));
      // Let the last events reach every stream before the viewers count what they got.
      await new Promise((r) => setTimeout(r, 1_000));
    } finally {
      received = await viewers.close();
    }
    const [unwatched, watchedRuns] = runs;
    const result: MovesWithViewers = {
      kind,
      viewers: VIEWERS,
      alone: unwatched.rps,
      watched: watchedRuns.rps,
      received: {
        min: Math.min(...received.events),
        max: Math.max(...received.events),
        moves: warmMoves + watchedRuns.ok,
        outOfOrder: received.gaps,
      },
      failed: [unwatched, watchedRuns].reduce((n, r) => n + r.errors + r.non2xx, 0),
    };
    console.log(`moves with viewers: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await app.close();
    await fresh.drop();
  }
}
