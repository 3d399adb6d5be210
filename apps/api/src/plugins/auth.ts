import { CSRF_HEADER, SESSION_COOKIE } from '@echoboard/contracts';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthSettings } from '../config.ts';
import { AppError } from '../errors.ts';
import { clearSessionCookie } from '../modules/auth/cookie.ts';
import {
  type AuthUser,
  resolveSession,
  type SessionRow,
  sessionIdOf,
  settleSession,
} from '../modules/auth/sessions.ts';

declare module 'fastify' {
  interface FastifyInstance {
    authSettings: AuthSettings;
  }
  interface FastifyRequest {
    /** The signed-in person; null only on routes with `config: { public: true }`. */
    user: AuthUser | null;
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, sign-up/in, invite preview). Everything else needs one. */
    public?: boolean;
    /**
     * The route reads the session in its own first statement, beside what it reads anyway: one
     * round trip fewer on the card move, the board's busiest request. The hook still refuses a
     * request without a session cookie (401) or, changing data, without the CSRF header (403);
     * the route hands the row it read to adoptSession, and until it does, currentUser refuses.
     */
    sessionInRoute?: boolean;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Routes for people without an account (the end-user feedback page). They never act as anyone:
 * no session is looked up even when a member's cookie comes along, and no CSRF header is asked
 * for, because a forged request carries no one's authority (what it could do, anyone can do
 * directly). Cross-site forms still cannot post to them: the API parses only application/json,
 * which a form cannot send and a cross-site fetch cannot send without a CORS preflight we never
 * grant. Their abuse limits are rate limits (modules/public-routes.ts).
 */
export const ANONYMOUS_PREFIX = '/api/public/';

const isAnonymous = (url: string | undefined) => url?.startsWith(ANONYMOUS_PREFIX) === true;

/** The signed-in user of a route that is not public (the hook has already refused anyone else). */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return request.user;
}

/**
 * For a route with config.sessionInRoute: the id its statement looks the session up by (the hook
 * has already refused a request without a session cookie); null for a cookie no session can have.
 */
export function sessionIdToRead(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  return token ? sessionIdOf(token) : null;
}

/**
 * For a route with config.sessionInRoute: takes the session row its statement read by the id
 * sessionIdToRead gave, as the hook takes the one it reads. Sets request.user, or refuses with the
 * hook's 401 (and clears the cookie) when there is no such session or it has ended.
 */
export async function adoptSession(
  request: FastifyRequest,
  reply: FastifyReply,
  read: { id: string | null; row: SessionRow | undefined },
): Promise<AuthUser> {
  const { id, row } = read;
  const session = id === null ? null : await settleSession(request.server.db, id, row, request.server.authSettings);
  const user = takeSession(request, reply, session);
  if (!user) throw sessionEnded();
  return user;
}

/**
 * For a request refused before its route read the session (config.sessionInRoute; a body that
 * does not parse or validate): the hook's 401 when it has no live session, so that it is refused
 * as on every other route, where the hook runs first; null otherwise, or when the session cannot
 * be read (the refusal already made stands).
 */
export async function sessionRefusal(request: FastifyRequest, reply: FastifyReply): Promise<AppError | null> {
  if (request.routeOptions.config?.sessionInRoute !== true || request.user) return null;
  const token = request.cookies[SESSION_COOKIE];
  try {
    const session = token ? await resolveSession(request.server.db, token, request.server.authSettings) : null;
    return takeSession(request, reply, session) ? null : sessionEnded();
  } catch {
    return null;
  }
}

/**
 * What every way of reading a session ends in: request.user for a live one, which it returns;
 * for none (no such session, or it has ended), the cookie is cleared. Whether the route may go on
 * is the caller's.
 */
function takeSession(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { sessionId: string; user: AuthUser } | null,
): AuthUser | null {
  if (!session) {
    clearSessionCookie(reply);
    return null;
  }
  request.user = session.user;
  request.sessionId = session.sessionId;
  return session.user;
}

const sessionEnded = () => new AppError('UNAUTHENTICATED', 'Sign in to continue; your session may have ended.');

/**
 * Sessions for the /api subtree: one onRequest hook resolves the session cookie into
 * request.user (or, for a route with config.sessionInRoute, leaves that to the route), refuses routes that are not public without one (401), and refuses state-changing
 * requests without the X-Echoboard-Csrf header (403): a cross-site form or a simple request cannot
 * set a custom header, and the SameSite=Lax cookie already stays home on cross-site POSTs.
 */
export default fp(
  async function auth(app: FastifyInstance, settings: AuthSettings) {
    await app.register(cookie);
    app.decorate('authSettings', settings);
    app.decorateRequest('user', null);
    app.decorateRequest('sessionId', null);

    // A route under the anonymous prefix must also say it is public, so the two never disagree.
    app.addHook('onRoute', (route) => {
      if (isAnonymous(route.url) && route.config?.public !== true) {
        throw new Error(`${route.method} ${route.url} is under ${ANONYMOUS_PREFIX} but not config.public`);
      }
      if (route.config?.public === true && route.config.sessionInRoute === true) {
        throw new Error(`${route.method} ${route.url} is public, so it has no session to read (config.sessionInRoute)`);
      }
    });

    app.addHook('onRequest', async (request, reply) => {
      if (isAnonymous(request.routeOptions.url)) return;
      const token = request.cookies[SESSION_COOKIE];
      const inRoute = token !== undefined && request.routeOptions.config?.sessionInRoute === true;
      if (token && !inRoute) takeSession(request, reply, await resolveSession(app.db, token, settings));
      if (!request.user && !inRoute && request.routeOptions.config?.public !== true) throw sessionEnded();
      if (UNSAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== '1') {
        throw new AppError(
          'CSRF_REJECTED',
          `This request changes data, so it must carry the header "X-Echoboard-Csrf: 1". Requests from other sites cannot.`,
        );
      }
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
