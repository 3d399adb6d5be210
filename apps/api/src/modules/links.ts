import { linkStatus } from '@echoboard/domain';
import { hashToken, sameHash } from './tokens.ts';

/*
 * Links a lead shares with people outside the team (feedback links, review links) follow one set
 * of rules: the token is stored only as its hash, a link is active until revoked or past its
 * expiry, and a token that is unknown, revoked or expired gets one and the same answer.
 */

interface SharedLink {
  tokenHash: string;
  revokedAt: Date | null;
  expiresAt: Date | null;
}

/**
 * The link behind a public token while it is active, or null. It is looked up by the token's
 * hash and the hashes compared once more in constant time.
 */
export async function findActiveLink<T extends SharedLink>(
  token: string,
  findByHash: (tokenHash: string) => Promise<T | null>,
  now = new Date(),
): Promise<T | null> {
  const tokenHash = hashToken(token);
  const link = await findByHash(tokenHash);
  if (!link || !sameHash(link.tokenHash, tokenHash) || linkStatus(link, now) !== 'active') return null;
  return link;
}
