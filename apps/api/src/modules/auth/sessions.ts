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
 * A session row as read by its id ($1), with its person: SESSION_SELECT's columns. The card move
 * reads it in its own first statement (move-queries.ts, readMoveInSession).
 */
export interface SessionRow extends AuthUser {
  lastSeenAt: Date;
  expiresAt: Date;
}

/** The columns of a SessionRow, and the join they come from; the session's id is $1. */
export const SESSION_COLUMNS = 's.last_seen_at AS "lastSeenAt", s.expires_at AS "expiresAt", u.id, u.email, u.name';
export const SESSION_BY_ID = 'sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1';

/** The id a session token is stored under; null for a token no session can have. */
export const sessionIdOf = (token: string) => (token.length > 100 ? null : hashToken(token));

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
  const id = sessionIdOf(token);
  if (id === null) return null;
  // One statement (Prisma's include would be two), straight to the driver (Prisma's raw-query
  // path costs more CPU than the query) and prepared: this runs before every API request.
  const [session] = await db.sql.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM ${SESSION_BY_ID}`, [id], 'session');
  return settleSession(db, id, session, settings, now);
}

/**
 * What a session read by its id comes to (resolveSession): null when there was none or it has
 * ended, which deletes it; its person otherwise, its lastSeenAt moved on at most once a minute.
 */
export async function settleSession(
  db: Database,
  id: string,
  session: SessionRow | undefined,
  settings: AuthSettings,
  now = new Date(),
): Promise<{ sessionId: string; user: AuthUser } | null> {
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
