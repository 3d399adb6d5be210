import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { openConfiguredDatabase } from './db/open.ts';
import { describeDemo, seedDemo } from './db/seed.ts';

const config = loadConfig();
const db = await openConfiguredDatabase(config);
if (config.seedDemo) {
  const people = await seedDemo(db, { scryptN: config.auth.scryptN });
  if (people) console.log(describeDemo(people));
}

const app = await buildApp({
  db,
  webDist: config.webDist,
  logger: { level: config.logLevel },
  auth: config.auth,
  trustProxy: config.trustProxy,
});
await app.listen({ port: config.port, host: config.host });

const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`;
const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
console.log(`Echoboard is running at http://${shown}:${config.port} on ${where}`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: finishing in-flight requests, then closing`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app.close();
    await db.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'error while closing');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
