import { SESSION_COOKIE } from '@echoboard/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthSettings } from '../../config.ts';

/**
 * HttpOnly (no script reads it), SameSite=Lax (not sent on cross-site POSTs), and Secure whenever
 * the request came over HTTPS: directly, or per X-Forwarded-Proto when TRUST_PROXY is on. Plain
 * http://localhost keeps working for the demo.
 */
const baseOptions = (request: FastifyRequest) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: request.protocol === 'https',
});

export function setSessionCookie(reply: FastifyReply, token: string, settings: AuthSettings) {
  reply.setCookie(SESSION_COOKIE, token, {
    ...baseOptions(reply.request),
    maxAge: Math.floor(settings.sessionMaxDays * 24 * 60 * 60),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, baseOptions(reply.request));
}
