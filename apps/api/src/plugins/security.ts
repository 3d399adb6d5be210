import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';

/**
 * Security headers on every response, and the rate-limit machinery that routes opt into with
 * `config.rateLimit` (sign-in, sign-up).
 */
export default fp(
  async function security(app: FastifyInstance) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        // Helmet's defaults suit the SPA (a Vite build: scripts from 'self' only, no inline ones) and
        // /api/docs (Swagger UI loads its scripts from files; it needs inline styles and data: images,
        // which the defaults allow). Upgrading requests would break the demo on plain http:// hosts.
        directives: { upgradeInsecureRequests: null },
      },
    });
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) =>
        new AppError('RATE_LIMITED', `Too many attempts from your address. Try again in ${context.after}.`),
    });
  },
  { name: 'security', dependencies: ['errors'] },
);
