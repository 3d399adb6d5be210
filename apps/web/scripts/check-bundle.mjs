// Fails the build when the SPA's initial load (what index.html pulls in, gzipped) outgrows the
// budget in bundle-budget.json. Lazy chunks (review charts, campaigns) are not counted: they load
// only when opened. Run after `vite build`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budget = JSON.parse(readFileSync(join(root, 'bundle-budget.json'), 'utf8')).initialGzipKB;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
let total = 0;
for (const asset of new Set(assets)) {
  const kb = gzipSync(readFileSync(join(dist, asset)), { level: 9 }).length / 1024;
  total += kb;
  console.log(`${kb.toFixed(1).padStart(8)} KB  ${asset}`);
}
console.log(`${total.toFixed(1).padStart(8)} KB  initial JS + CSS, gzipped (budget ${budget} KB)`);
if (assets.length === 0) {
  console.error('No scripts or stylesheets found in dist/index.html; was the build run?');
  process.exit(1);
}
if (total > budget) {
  console.error(
    `Over the bundle budget by ${(total - budget).toFixed(1)} KB: lazy-load the new code or raise the budget with a reason.`,
  );
  process.exit(1);
}
