// npm run bench: prints each figure against its baseline and writes docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { apiVsBaseline, type Row } from './api-vs-baseline.ts';
import { liveLatency } from './live-latency.ts';

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

const { rows, postgresVersion } = await apiVsBaseline();
const live = await liveLatency();
// The front-end bench runs page code (DOM types), so it is loaded by path rather than type-checked here.
const webBench = resolve(root, 'apps/web/bench/drop-settle.ts');
const { dropSettleSection } = (await import(webBench)) as { dropSettleSection: () => Promise<string> };
const drops = await dropSettleSection();
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const versions = `Node ${process.version}, Prisma ${version('@prisma/client')}, PostgreSQL ${postgresVersion}, Fastify ${version('fastify')}`;
const report = `# Benchmarks

Run with \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}; ${versions}.
Load from autocannon on loopback, 10 connections, ${process.env.BENCH_SECONDS ?? 8} s per figure. Each figure
is compared with a baseline measured in the same run: a bare Fastify route doing the same database
work with raw \`pg\` (no auth, validation, Prisma, transaction or event recording).

## API against a bare baseline

${table(rows)}

## Live updates

Commit → every connected client (event recorded just before commit, to arrival at the client),
goal p95 ≤ 100 ms: ${live.p95 <= 100 ? 'met' : 'missed'}.

${live.summary}

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
