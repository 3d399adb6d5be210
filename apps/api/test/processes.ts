// Real API processes (server.ts) for tests that need more than app.inject: several processes on
// one database, signals, kills and restarts.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/** Where a server keeps its data: a PostgreSQL URL, or an embedded database's directory. */
export type Storage = string | { dataDir: string };

/** A real API process on the given port and database, once it answers /api/health. */
export async function startServer(port: number, storage: Storage): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(typeof storage === 'string' ? { DATABASE_URL: storage } : { DATABASE_URL: '', DATA_DIR: storage.dataDir }),
      SEED_DEMO: 'false',
      SCRYPT_N: '1024',
      AUTH_RATE_LIMIT: '100000',
      LOG_LEVEL: 'warn',
      WEB_DIST: resolve(ROOT, 'no-web-build'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server on ${port} did not start`);
}

/** Signals a server and waits for it to exit; resolves to its exit code (null when killed). */
export async function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM') {
  if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill(signal);
  return exited;
}
