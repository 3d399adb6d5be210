/**
 * `npm run lighthouse`: audits the built app's board and public feedback page with Lighthouse
 * (accessibility and best practices, desktop preset) and fails below the bar of 95.
 * Needs `npm run build` first, and Chromium (CHROME_PATH, default /usr/bin/chromium).
 */

import { startBuiltApp } from './built-app.ts';
import { audit, CATEGORIES, demoTargets, MIN_SCORE } from './lighthouse/audit.ts';

const started = Date.now();
const app = await startBuiltApp();
let failed = false;
try {
  const results = await audit(await demoTargets(app.baseUrl));
  console.log(`| page | ${CATEGORIES.join(' | ')} |`);
  console.log(`| --- | ${CATEGORIES.map(() => '---').join(' | ')} |`);
  for (const r of results) console.log(`| ${r.page} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`);
  for (const r of results) {
    const low = CATEGORIES.filter((c) => r.scores[c] < MIN_SCORE);
    if (low.length > 0) failed = true;
    if (low.length > 0) console.error(`\n${r.page}: ${low.join(', ')} below ${MIN_SCORE}.`);
    if (r.failing.length > 0) console.log(`\n${r.page}, audits not passed:\n  ${r.failing.join('\n  ')}`);
  }
  console.log(`\nLighthouse ${failed ? 'FAILED' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await app.stop();
}
process.exitCode = failed ? 1 : 0;
