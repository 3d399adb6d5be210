// Commit → client latency of live board updates: CLIENTS open streams on one board, MOVES moves
// (IN_FLIGHT at a time), and for every event at every client the time from its recording (inside
// the writing transaction, so slightly before the commit) to its arrival. Runs on the embedded
// database, or on PostgreSQL with DATABASE_URL (a fresh database, dropped afterwards).
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.ts';
import { addCards, columnOf, createBoard, freshDatabase, getBoard, signUp, TEST_AUTH } from '../test/helper.ts';
import { SseStream } from '../test/sse-client.ts';

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const MOVES = Number(process.env.MOVES ?? 500);
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 4);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export async function liveLatency() {
  const fresh = await freshDatabase();
  const app = await buildApp({ db: fresh.db, auth: TEST_AUTH });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    const lead = await signUp(app, { name: 'Bench Lead' });
    const board = await createBoard(lead, 'Bench');
    const cards = await addCards(lead, board, 'Backlog', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    const { seq } = await getBoard(lead, board.id);
    const streams = await Promise.all(
      Array.from({ length: CLIENTS }, () =>
        SseStream.open(`${base}/api/boards/${board.id}/events?after=${seq}`, { cookie: lead.cookie }),
      ),
    );
    const targets = ['Backlog', 'To do', 'Done'].map((name) => columnOf(board, name).id);
    let issued = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (issued < MOVES) {
          const i = issued++;
          const res = await lead.inject({
            method: 'POST',
            url: `/api/cards/${cards[i % cards.length]!.id}/move`,
            payload: { toColumnId: targets[i % targets.length]!, afterCardId: null },
          });
          if (res.statusCode !== 200) throw new Error(`move: ${res.statusCode} ${res.body}`);
        }
      }),
    );
    const elapsed = performance.now() - started;
    const { seq: last } = await getBoard(lead, board.id);
    await Promise.all(streams.map((stream) => stream.seq(last, 30_000)));

    const latencies: number[] = [];
    for (const stream of streams) {
      stream.frames.forEach((frame, i) => {
        if (frame.event !== 'board') return;
        const arrived = performance.timeOrigin + stream.arrivals[i]!;
        latencies.push(arrived - Date.parse(JSON.parse(frame.data).at));
      });
      stream.close();
    }
    latencies.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const summary =
      `live latency on ${fresh.db.kind}: ${CLIENTS} clients, ${MOVES} moves (${IN_FLIGHT} in flight) in ${ms(elapsed)}, ` +
      `${latencies.length} deliveries: p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, ` +
      `p99 ${ms(percentile(latencies, 0.99))}, max ${ms(latencies.at(-1)!)}`;
    console.log(summary);
    return { summary, p95: percentile(latencies, 0.95) };
  } finally {
    await app.close();
    await fresh.drop();
  }
}
