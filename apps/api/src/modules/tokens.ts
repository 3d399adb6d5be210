import { createHmac, hash, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * Secrets that travel in links and cookies (sessions, invites, feedback links, receipts): 256
 * random bits from the CSPRNG, base64url. The database keeps only their sha256, so a leaked
 * table holds nothing that opens a door.
 */

export const newToken = () => randomBytes(32).toString('base64url');

/** One-shot: a session's is computed on every request, and a Hash object costs several times more. */
export const hashToken = (token: string) => hash('sha256', token, 'hex');

/** Two hex hashes compared in constant time (a stored one and one just computed). */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A token derived from a secret and a message: the same inputs always give the same token, and
 * without the secret it cannot be computed. (Receipts: the same submit retried gets the same one.)
 */
export const derivedToken = (secret: string, message: string) =>
  createHmac('sha256', secret).update(message).digest('base64url');
