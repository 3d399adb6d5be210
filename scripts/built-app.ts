import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const root = new URL('../', import.meta.url).pathname;

/** A port nobody listens on right now: the OS picks one, we close it and hand it on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready.`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The server did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s.`);
}

export interface RunningApp {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * The Chromium the scripts drive: CHROME_PATH, else Playwright's own when it is installed, else the
 * system one — the same choice playwright.config.ts makes for the browser tests.
 */
export function chromiumPath(): string {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // No Playwright browser on this machine.
  }
  return '/usr/bin/chromium';
}

/**
 * The built app as `npm run serve` runs it, on a fresh embedded database (with the demo team
 * unless told otherwise), the way playwright.config.ts starts it for the browser tests.
 */
export async function startBuiltApp({ seedDemo = true }: { seedDemo?: boolean } = {}): Promise<RunningApp> {
  if (!existsSync(join(root, 'apps/web/dist/index.html'))) {
    throw new Error('apps/web/dist is missing: run `npm run build` first.');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'echoboard-app-'));
  // Its own process group, so stopping it also stops the node process npm starts under it.
  const child = spawn('npm', ['run', 'serve'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SEED_DEMO: String(seedDemo),
      LOG_LEVEL: 'warn',
      // Always the embedded database: the scripts measure the pages, not the database.
      DATABASE_URL: '',
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, child, 120_000);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, stop };
}
