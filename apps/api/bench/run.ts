// npm run bench: prints each figure against its baseline and writes docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { apiVsBaseline, type Row } from './api-vs-baseline.ts';
import { type LiveLatency, liveLatency } from './live-latency.ts';
import { type MovesWithViewers, movesWithViewers } from './moves-with-viewers.ts';

const root = resolve(import.meta.dirname, '../../..');
const version = (pkg: string) =>
  (JSON.parse(readFileSync(resolve(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

function table(rows: Row[]) {
  const head = '| what | API | baseline | API / baseline | goal | verdict |\n| --- | --- | --- | --- | --- | --- |';
  return [
    head,
    ...rows.map((r) => `| ${r.what} | ${r.api} | ${r.baseline} | ${r.ratio} | ${r.goal} | ${r.verdict} |`),
  ].join('\n');
}

const ms = (n: number) => n.toFixed(1);
const verdict = (met: boolean) => (met ? 'met' : 'missed');
const LIVE_GOAL_MS = 100;
const VIEWERS_GOAL = 0.8;

function liveTable(runs: LiveLatency[]) {
  return [
    '| database | clients | moves (in flight) | deliveries | p50 ms | p95 ms | p99 ms | max ms | goal p95 | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map(
      (r) =>
        `| ${r.kind} | ${r.clients} | ${r.moves} (${r.inFlight}) | ${r.deliveries} | ${ms(r.p50)} | ${ms(r.p95)} | ` +
        `${ms(r.p99)} | ${ms(r.max)} | ≤ ${LIVE_GOAL_MS} ms | ${verdict(r.p95 <= LIVE_GOAL_MS)} |`,
    ),
  ].join('\n');
}

function viewersTable(runs: MovesWithViewers[]) {
  return [
    '| database | no viewers, moves/s | viewers | with viewers, moves/s | with / without | events per viewer (moves) | failed | goal | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...runs.map((r) => {
      const ratio = r.watched / r.alone;
      const got = r.received.min === r.received.max ? `${r.received.min}` : `${r.received.min}–${r.received.max}`;
      const disorder = r.received.outOfOrder ? `, ${r.received.outOfOrder} out of order` : '';
      return (
        `| ${r.kind} | ${ms(r.alone)} | ${r.viewers} | ${ms(r.watched)} | ${(ratio * 100).toFixed(0)}% | ` +
        `${got} (${r.received.moves})${disorder} | ${r.failed} | ≥ ${VIEWERS_GOAL * 100}% | ` +
        `${verdict(ratio >= VIEWERS_GOAL && r.failed === 0 && r.received.outOfOrder === 0)} |`
      );
    }),
  ].join('\n');
}

const loadBefore = loadavg()[0]!;
const { rows, postgresVersion } = await apiVsBaseline();
const kinds = ['postgres', 'embedded'] as const;
const live: LiveLatency[] = [];
for (const kind of kinds) live.push(await liveLatency(kind));
const watched: MovesWithViewers[] = [];
for (const kind of kinds) watched.push(await movesWithViewers(kind));
// The front-end bench runs page code (DOM types), so it is loaded by path rather than type-checked here.
const webBench = resolve(root, 'apps/web/bench/drop-settle.ts');
const { dropSettleSection } = (await import(webBench)) as { dropSettleSection: () => Promise<string> };
const drops = await dropSettleSection();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const load = `load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
const versions = `Node ${process.version}, Prisma ${version('@prisma/client')}, PostgreSQL ${postgresVersion}, Fastify ${version('fastify')}`;
const report = `# Benchmarks

Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine} (${load}); ${versions}.
Load from autocannon on loopback, 10 connections, ${process.env.BENCH_SECONDS ?? 8} s per side of a figure after
${process.env.BENCH_WARMUP_SECONDS ?? 2} s of the same load not counted (JIT, new pool connections). Each figure
is compared with a baseline measured in the same run, warmed up alike: a bare Fastify route doing the
same database work with raw \`pg\` (no auth, validation, Prisma, transaction or event recording).
The two sides take turns in four short runs each (API, baseline, baseline, API, …), so a machine
getting busier or quieter shifts both alike; a side's requests/s and p99 are the means of its runs.

## API against a bare baseline

${table(rows)}

## Live updates

Commit → every connected client (event recorded just before commit, to arrival at the client),
moves made in the API's process. On PostgreSQL an event travels by NOTIFY to the LISTEN connection,
the path several API processes share; on the embedded database by the in-process bus.

${liveTable(live)}

Card moves per second through the real API (the autocannon load above) on two 200-card boards of
one API process, one with viewers holding open streams on it and one that no one watches, taking
turns as above. The viewers run in a process of their own and read every frame, checking its seq.

${viewersTable(watched)}

${drops}
`;
console.log(report);
mkdirSync(resolve(root, 'docs'), { recursive: true });
const out = resolve(root, 'docs/benchmarks.md');
// The figures are regenerated; the hand-written verdicts and any later sections are kept.
const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
const kept = previous.indexOf('\n## Verdicts and causes');
writeFileSync(out, kept === -1 ? report : `${report}${previous.slice(kept)}`);
console.log(`Written to ${out}`);
