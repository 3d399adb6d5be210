import type { IncomingMessage, ServerResponse } from 'node:http';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';
import { AppError } from '../errors.ts';

/**
 * Security headers on every response, and the rate-limit machinery that routes opt into with
 * `config.rateLimit` (sign-in, sign-up).
 */
export default fp(
  async function security(app: FastifyInstance) {
    const headers = helmetHeaders({
      contentSecurityPolicy: {
        // Helmet's defaults suit the SPA (a Vite build: scripts from 'self' only, no inline ones) and
        // /api/docs (Swagger UI loads its scripts from files; it needs inline styles and data: images,
        // which the defaults allow). Upgrading requests would break the demo on plain http:// hosts.
        directives: { upgradeInsecureRequests: null },
      },
    });
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `Too many attempts from your address. Try again in ${context.after}.`),
    });
  },
  { name: 'security', dependencies: ['errors'] },
);

/**
 * The headers helmet sets, computed once: they are the same on every response (no per-request
 * CSP nonces). @fastify/helmet builds helmet's middleware again for each request, which cost
 * about 4% of the API's JavaScript time under a load of card moves.
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name] = value;
    },
    removeHeader: (name: string) => {
      delete headers[name];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}
