// Move throughput with 50 viewers on the board against none: the same autocannon move load on the
// same 200-card board, first and last without viewers and in between with VIEWERS open streams on
// that board (the hub then reads every new event and writes it to each stream). The no-viewer
// figure is the mean of the runs either side, so a machine getting busier or quieter during the
// run shifts both sides alike.
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { load, warmUp } from './load.ts';
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
    const board = await seedBoard(fresh.db, teamId, 200);
    const seconds = Number(process.env.BENCH_SECONDS ?? 8);
    const run = (s: number) => load({ url: base, method: 'POST', headers, body: randomMove(board), seconds: s });
    await warmUp({ url: base, method: 'POST', headers, body: randomMove(board) });
    const before = await run(seconds / 2);
    const viewers = await openViewers(`${base}/api/boards/${board.boardId}/events`, headers.cookie, VIEWERS);
    let watched: Awaited<ReturnType<typeof run>>;
    let received: { events: number[]; gaps: number };
    try {
      watched = await run(seconds);
      // Let the last events reach every stream before the viewers count what they got.
      await new Promise((r) => setTimeout(r, 1_000));
    } finally {
      received = await viewers.close();
    }
    const after = await run(seconds / 2);
    const result: MovesWithViewers = {
      kind,
      viewers: VIEWERS,
      alone: (before.rps + after.rps) / 2,
      watched: watched.rps,
      received: {
        min: Math.min(...received.events),
        max: Math.max(...received.events),
        moves: watched.ok,
        outOfOrder: received.gaps,
      },
      failed: [before, watched, after].reduce((n, r) => n + r.errors + r.non2xx, 0),
    };
    console.log(`moves with viewers: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await app.close();
    await fresh.drop();
  }
}
