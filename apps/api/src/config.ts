import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the app runs on embedded PostgreSQL (PGlite). */
  databaseUrl: string | undefined;
  /** Folder of the embedded database. */
  dataDir: string;
  /** Seed the demo team, its people and board when the database has no accounts and no boards. */
  seedDemo: boolean;
  logLevel: string;
  /** Built SPA to serve; absent in API-only runs. */
  webDist: string;
  /** Trust X-Forwarded-* from a reverse proxy (for the client IP and HTTPS detection). */
  trustProxy: boolean;
  auth: AuthSettings;
}

export interface AuthSettings {
  /** A session unused this long ends. */
  sessionIdleDays: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxDays: number;
  /** scrypt cost (a power of two); tests lower it, production keeps 2^15. */
  scryptN: number;
  /** Sign-in and sign-up attempts per minute per client IP. */
  rateLimit: number;
}

export const DEFAULT_AUTH: AuthSettings = { sessionIdleDays: 7, sessionMaxDays: 30, scryptN: 2 ** 15, rateLimit: 10 };

function parsePositive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
  return n;
}

function parseScryptN(value: string | undefined): number {
  const n = parsePositive('SCRYPT_N', value, DEFAULT_AUTH.scryptN);
  if (!Number.isInteger(Math.log2(n)) || n < 2) throw new Error(`SCRYPT_N must be a power of two, got "${value}"`);
  return n;
}

const repoRoot = resolve(import.meta.dirname, '../../..');

function parseBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new Error(`Expected true or false, got "${value}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.DATA_DIR ?? resolve(repoRoot, 'data')),
    seedDemo: parseBoolean(env.SEED_DEMO, true),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDist: resolve(env.WEB_DIST ?? resolve(repoRoot, 'apps/web/dist')),
    trustProxy: parseBoolean(env.TRUST_PROXY, false),
    auth: {
      sessionIdleDays: parsePositive('SESSION_IDLE_DAYS', env.SESSION_IDLE_DAYS, DEFAULT_AUTH.sessionIdleDays),
      sessionMaxDays: parsePositive('SESSION_MAX_DAYS', env.SESSION_MAX_DAYS, DEFAULT_AUTH.sessionMaxDays),
      scryptN: parseScryptN(env.SCRYPT_N),
      rateLimit: Math.floor(parsePositive('AUTH_RATE_LIMIT', env.AUTH_RATE_LIMIT, DEFAULT_AUTH.rateLimit)),
    },
  };
}
