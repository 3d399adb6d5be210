// Card moves and board reads through the real API, each against a bare Fastify + pg baseline
// measured in the same run, in alternating short runs, so machine noise cancels out in the ratios.
import { startBaseline } from './baseline.ts';
import { alternate, type LoadOptions, warmUp } from './load.ts';
import { freshBenchDatabase, randomMove, seedBoard, startApp } from './setup.ts';

export interface Row {
  what: string;
  api: string;
  baseline: string;
  ratio: string;
  goal: string;
  verdict: string;
}

/**
 * The API's figure and its baseline's, each warmed up with its own load, then measured in
 * alternating short runs.
 */
async function measured(api: LoadOptions, baseline: LoadOptions, rounds?: number) {
  await warmUp(api);
  await warmUp(baseline);
  return alternate(api, baseline, rounds);
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));

export async function apiVsBaseline(): Promise<{ rows: Row[]; postgresVersion: string }> {
  const fresh = await freshBenchDatabase();
  const { app, base, headers, teamId } = await startApp(fresh.db);
  const baseline = await startBaseline(fresh.url);
  const rows: Row[] = [];
  try {
    // Moves: a random card to the bottom of a random column, 10 connections. Each side has a board
    // of its own: the baseline writes ranks the API would refuse to plan from, and the two take turns.
    const apiBody = randomMove(await seedBoard(fresh.db, teamId, 200));
    const baselineBody = randomMove(await seedBoard(fresh.db, teamId, 200));
    const [apiMove, baseMove] = await measured(
      { url: base, method: 'POST', headers, body: apiBody },
      {
        url: baseline.base,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: () => {
          const b = baselineBody();
          return { path: b.path.replace('/api', ''), body: b.body };
        },
      },
    );
    const moveRatio = apiMove.rps / baseMove.rps;
    const p99Ratio = apiMove.p99 / Math.max(baseMove.p99, 1);
    rows.push({
      what: 'card move, requests/s',
      api: fmt(apiMove.rps),
      baseline: fmt(baseMove.rps),
      ratio: `${(moveRatio * 100).toFixed(0)}%`,
      goal: '≥ 50%',
      verdict: moveRatio >= 0.5 ? 'met' : 'missed',
    });
    rows.push({
      what: 'card move, p99 ms',
      api: fmt(apiMove.p99),
      baseline: fmt(baseMove.p99),
      ratio: `${p99Ratio.toFixed(2)}×`,
      goal: '≤ 2×',
      verdict: p99Ratio <= 2 ? 'met' : 'missed',
    });
    if (apiMove.non2xx + apiMove.errors > 0) {
      rows.push({
        what: 'card move, failed requests',
        api: String(apiMove.non2xx + apiMove.errors),
        baseline: '',
        ratio: '',
        goal: '0',
        verdict: 'missed',
      });
    }

    // Board reads at 200 and 2,000 cards.
    // The time a read takes to answer under the load (autocannon's mean latency): a run's first
    // second, while the first slow answers are on their way, weighs on its requests/s, not on this.
    const readMs: Record<number, number> = {};
    for (const size of [200, 2000]) {
      const board = await seedBoard(fresh.db, teamId, size);
      const [apiRead, baseRead] = await measured(
        { url: `${base}/api/boards/${board.boardId}`, headers },
        { url: `${baseline.base}/boards/${board.boardId}` },
        // Slow requests (a 2,000-card read takes about half a second under this load): two runs each.
        2,
      );
      readMs[size] = apiRead.mean;
      const ratio = apiRead.rps / baseRead.rps;
      rows.push({
        what: `board read, ${size} cards, requests/s`,
        api: fmt(apiRead.rps),
        baseline: fmt(baseRead.rps),
        ratio: `${(ratio * 100).toFixed(0)}%`,
        goal: '≥ 50%',
        verdict: ratio >= 0.5 ? 'met' : 'missed',
      });
    }
    const slowdown = (readMs[2000] ?? 0) / Math.max(readMs[200] ?? 1, 0.001);
    rows.push({
      what: 'board read time, 2,000 vs 200 cards',
      api: `${slowdown.toFixed(1)}×`,
      baseline: '',
      ratio: '',
      goal: '< 10×',
      verdict: slowdown < 10 ? 'met' : 'missed',
    });
  } finally {
    await baseline.close();
    await app.close();
    await fresh.drop();
  }
  return { rows, postgresVersion: fresh.postgresVersion };
}
