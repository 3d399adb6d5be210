import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  /** Requests answered with a 2xx status. */
  ok: number;
  /** Mean latency, ms. */
  mean: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: () => { path: string; body?: string };
  seconds?: number;
  connections?: number;
}

/** Seconds of the same load run before a figure and not counted (BENCH_WARMUP_SECONDS). */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);

/**
 * The same load for a few seconds, not counted: a figure is the server's steady state, not its
 * first second (JIT, the pool's new connections, each preparing its statements). Measured on the
 * card move: 740–810 moves/s in the first 4 s of a fresh process, 1,200–1,320 in the next three.
 */
export const warmUp = (options: LoadOptions) => load({ ...options, seconds: WARMUP_SECONDS });

/** Runs autocannon against one route; `body` is called per request so each can differ. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    connections: options.connections ?? 10,
    duration: options.seconds ?? Number(process.env.BENCH_SECONDS ?? 8),
    requests: options.body
      ? [
          {
            setupRequest: (req) => {
              const next = options.body!();
              return { ...req, path: next.path, ...(next.body ? { body: next.body } : {}) };
            },
          },
        ]
      : undefined,
  });
  return {
    rps: result.requests.average,
    mean: result.latency.average,
    ok: result['2xx'],
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** Runs per side of `alternate`; each side gets BENCH_SECONDS in all. */
const ROUNDS = 4;

/**
 * Two loads compared with each other, in `rounds` short runs each that take turns (a, b, b, a, a,
 * b, …), each side BENCH_SECONDS in all (fewer, longer runs for slow requests: a run's first
 * and last requests in flight are not counted, which weighs on a run of a few dozen): a machine getting busier or quieter during the figure
 * shifts both sides alike, where one long run each would take whatever minute it fell in.
 * Per side: the mean of its runs' requests/s and percentiles, and the sum of its counts.
 */
export async function alternate(a: LoadOptions, b: LoadOptions, rounds = ROUNDS): Promise<[LoadResult, LoadResult]> {
  const seconds = (a.seconds ?? Number(process.env.BENCH_SECONDS ?? 8)) / rounds;
  const runs: [LoadResult[], LoadResult[]] = [[], []];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const side of order) runs[side]!.push(await load({ ...[a, b][side]!, seconds }));
  }
  return [combined(runs[0]), combined(runs[1])];
}

function combined(runs: LoadResult[]): LoadResult {
  const mean = (field: 'rps' | 'mean' | 'p50' | 'p99') => runs.reduce((n, r) => n + r[field], 0) / runs.length;
  const sum = (field: 'ok' | 'errors' | 'non2xx') => runs.reduce((n, r) => n + r[field], 0);
  return {
    rps: mean('rps'),
    mean: mean('mean'),
    p50: mean('p50'),
    p99: mean('p99'),
    ok: sum('ok'),
    errors: sum('errors'),
    non2xx: sum('non2xx'),
  };
}
