import type { SignUpBody } from '@echoboard/contracts';
import { checkPassword, normaliseEmail } from '@echoboard/domain';
import type { AuthSettings } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import { hashPassword } from './password.ts';
import { createSession } from './sessions.ts';

const emailTaken = () =>
  new AppError('EMAIL_TAKEN', 'An account with this email already exists. Sign in instead.', {
    errors: [{ path: 'body.email', message: 'is already registered' }],
  });

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';

/**
 * Boards made before accounts existed sit in a team without members (see the accounts migration).
 * The first person to sign up afterwards becomes its lead; until then nobody can see them.
 */
export async function adoptOrphanTeams(tx: Tx, userId: string) {
  const orphans = await tx.team.findMany({ where: { memberships: { none: {} } }, select: { id: true } });
  if (orphans.length === 0) return;
  await tx.membership.createMany({ data: orphans.map((team) => ({ teamId: team.id, userId, role: 'lead' })) });
}

/** Creates the account and its first session; returns the user and the session token. */
export async function signUp(db: Database, options: { input: SignUpBody; settings: AuthSettings }) {
  const { input, settings } = options;
  unwrap(checkPassword(input.password));
  const email = normaliseEmail(input.email);
  // Hash outside the transaction: it is the slow part and needs no row.
  const passwordHash = await hashPassword(input.password, settings.scryptN);
  try {
    return await inTransaction(db, async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
      const user = await tx.user.create({
        data: { email, name: input.name, passwordHash },
        select: { id: true, email: true, name: true },
      });
      await adoptOrphanTeams(tx, user.id);
      const token = await createSession(tx, user.id, settings);
      return { user, token };
    });
  } catch (error) {
    // Two sign-ups with one email at the same moment: the unique index decides.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}
