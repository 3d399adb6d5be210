// Commit → client latency of live board updates: CLIENTS open streams on one board, MOVES moves
// (IN_FLIGHT at a time), and for every event at every client the time from its recording (inside
// the writing transaction, so slightly before the commit) to its arrival. Runs on the embedded
// database (in-process bus) or on a fresh PostgreSQL database (NOTIFY → the LISTEN connection →
// a read of the new rows, the path several API processes share), dropped afterwards.
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/app.ts';
import { addCards, columnOf, createBoard, getBoard, signUp, TEST_AUTH } from '../test/helper.ts';
import { SseStream } from '../test/sse-client.ts';
import { type DatabaseKind, freshDatabaseOf } from './setup.ts';

const CLIENTS = Number(process.env.CLIENTS ?? 50);
const MOVES = Number(process.env.MOVES ?? 500);
const IN_FLIGHT = Number(process.env.IN_FLIGHT ?? 4);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

export interface LiveLatency {
  kind: DatabaseKind;
  clients: number;
  moves: number;
  inFlight: number;
  elapsedMs: number;
  deliveries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export async function liveLatency(kind: DatabaseKind): Promise<LiveLatency> {
  const fresh = await freshDatabaseOf(kind);
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
    const result = {
      kind,
      clients: CLIENTS,
      moves: MOVES,
      inFlight: IN_FLIGHT,
      elapsedMs: elapsed,
      deliveries: latencies.length,
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      max: latencies.at(-1)!,
    };
    console.log(`live latency: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await app.close();
    await fresh.drop();
  }
}
