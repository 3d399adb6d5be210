import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 64;
const SALT_LENGTH = 16;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  // N=2^15, r=8 needs 32 MiB; Node's default maxmem (32 MiB) is just too small for that.
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? 8) + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes with scrypt (memory-hard) and a random salt: `scrypt$N$r$p$salt$hash`, base64. */
export async function hashPassword(password: string, N: number): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const r = 8;
  const p = 1;
  const key = await derive(password, salt, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Compares in constant time; a malformed stored hash simply does not match. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

const dummies = new Map<number, Promise<string>>();

/**
 * A hash of a random password at the given cost, so that signing in with an unknown email spends
 * the same time as a wrong password and response times do not tell which emails have accounts.
 */
export function dummyHash(N: number): Promise<string> {
  let dummy = dummies.get(N);
  if (!dummy) {
    dummy = hashPassword(randomBytes(16).toString('hex'), N);
    dummies.set(N, dummy);
  }
  return dummy;
}
