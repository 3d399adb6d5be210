import { CSRF_HEADER, SESSION_COOKIE } from '@echoboard/contracts';
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthSettings } from '../config.ts';
import { AppError } from '../errors.ts';
import { clearSessionCookie } from '../modules/auth/cookie.ts';
import { type AuthUser, resolveSession } from '../modules/auth/sessions.ts';

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
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The signed-in user of a route that is not public (the hook has already refused anyone else). */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return request.user;
}

/**
 * Sessions for the /api subtree: one onRequest hook resolves the session cookie into
 * request.user, refuses routes that are not public without one (401), and refuses state-changing
 * requests without the X-Echoboard-Csrf header (403): a cross-site form or a simple request cannot
 * set a custom header, and the SameSite=Lax cookie already stays home on cross-site POSTs.
 */
export default fp(
  async function auth(app: FastifyInstance, settings: AuthSettings) {
    await app.register(cookie);
    app.decorate('authSettings', settings);
    app.decorateRequest('user', null);
    app.decorateRequest('sessionId', null);

    app.addHook('onRequest', async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) {
        const session = await resolveSession(app.db, token, settings);
        if (session) {
          request.user = session.user;
          request.sessionId = session.sessionId;
        } else {
          clearSessionCookie(reply);
        }
      }
      if (!request.user && request.routeOptions.config?.public !== true) {
        throw new AppError('UNAUTHENTICATED', 'Sign in to continue; your session may have ended.');
      }
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
