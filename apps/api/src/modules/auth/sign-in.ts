import type { SignInBody } from '@echoboard/contracts';
import { normaliseEmail } from '@echoboard/domain';
import type { AuthSettings } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { dummyHash, verifyPassword } from './password.ts';
import { createSession, endSession } from './sessions.ts';

/**
 * Checks the password and starts a new session. An unknown email and a wrong password get the
 * same answer after the same work (a hash is computed either way).
 */
export async function signIn(
  db: Database,
  options: { input: SignInBody; settings: AuthSettings; previousSessionId: string | null },
) {
  const { input, settings } = options;
  const user = await db.prisma.user.findUnique({ where: { email: normaliseEmail(input.email) } });
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await dummyHash(settings.scryptN)));
  if (!user || !matches) {
    throw new AppError('INVALID_CREDENTIALS', 'That email and password do not match an account.');
  }
  // A fresh session id on every sign-in: a session planted before sign-in is never promoted.
  if (options.previousSessionId) await endSession(db, options.previousSessionId);
  const token = await createSession(db.prisma, user.id, settings);
  return { user: { id: user.id, email: user.email, name: user.name }, token };
}
