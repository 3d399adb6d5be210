import type { AuthSettings } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import { hashToken, newToken } from '../tokens.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export interface AuthUser {
  id: string;
  email: string;
  name: string;
}

interface SessionRow extends AuthUser {
  lastSeenAt: Date;
  expiresAt: Date;
}

export { hashToken };

/** Starts a session; the returned token goes in the cookie, only its hash is stored. */
export async function createSession(client: Database['prisma'] | Tx, userId: string, settings: AuthSettings) {
  const token = newToken();
  const now = Date.now();
  await client.session.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: new Date(now),
      lastSeenAt: new Date(now),
      expiresAt: new Date(now + settings.sessionMaxDays * DAY_MS),
    },
  });
  return token;
}

/**
 * The user behind a session token, or null when there is no such session or it has ended:
 * idle for longer than sessionIdleDays, or past its absolute end. An ended session is deleted.
 */
export async function resolveSession(
  db: Database,
  token: string,
  settings: AuthSettings,
  now = new Date(),
): Promise<{ sessionId: string; user: AuthUser } | null> {
  if (token.length > 100) return null;
  const id = hashToken(token);
  // One statement (Prisma's include would be two), straight to the driver (Prisma's raw-query
  // path costs more CPU than the query): this runs before every API request.
  const [session] = await db.sql.query<SessionRow>(
    `SELECT s.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", u.id, u.email, u.name
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1`,
    [id],
  );
  if (!session) return null;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (session.expiresAt <= now || idleFor > settings.sessionIdleDays * DAY_MS) {
    await db.prisma.session.deleteMany({ where: { id } });
    return null;
  }
  if (idleFor > TOUCH_INTERVAL_MS) {
    await db.prisma.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  return { sessionId: id, user: { id: session.id, email: session.email, name: session.name } };
}

export async function endSession(db: Database, sessionId: string) {
  await db.prisma.session.deleteMany({ where: { id: sessionId } });
}

/**
 * Of these sessions, the ones whose person may still watch the board: signed in (the session
 * exists and is before its absolute end) and still on the board's team. An open board stream is
 * presence, so it keeps the session from going idle, as a request would.
 */
export async function sessionsStillViewing(
  db: Database,
  boardId: string,
  sessionIds: string[],
  now = new Date(),
): Promise<Set<string>> {
  if (sessionIds.length === 0) return new Set();
  const rows = await db.prisma.$queryRaw<{ id: string }[]>`
    WITH live AS (
      SELECT s.id FROM sessions s
      JOIN boards b ON b.id = ${boardId}::uuid
      JOIN memberships m ON m.team_id = b.team_id AND m.user_id = s.user_id
      WHERE s.id = ANY(${sessionIds}::text[]) AND s.expires_at > ${now}
    ), touched AS (
      UPDATE sessions SET last_seen_at = ${now}
      WHERE id IN (SELECT id FROM live) AND last_seen_at < ${new Date(now.getTime() - TOUCH_INTERVAL_MS)}
    )
    SELECT id FROM live`;
  return new Set(rows.map((r) => r.id));
}
