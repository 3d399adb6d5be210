import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../errors.ts';
import publicFeedbackRoutes from './feedback/public.routes.ts';
import publicReviewRoutes from './review/public.routes.ts';
import { hashToken } from './tokens.ts';

/** Requests per minute on the public routes (feedback pages, receipts, shared reviews). */
export interface PublicLimits {
  /** From one client address, over all public routes. */
  perIp: number;
  /** To one link, from anywhere: a leaked link cannot flood a team's inbox or the database. */
  perToken: number;
}

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = { perIp: 30, perToken: 200 };

const WINDOW_MS = 60_000;

/**
 * Everything under /api/public/, which the auth hook treats as anonymous, in one scope so that one
 * per-address budget covers all of it.
 */
const publicRoutes: FastifyPluginAsyncZod<PublicLimits> = async (app, limits) => {
  // The same @fastify/rate-limit as sign-in uses, two keys deep: per client address and per link.
  const byIp = app.createRateLimit({ max: limits.perIp, timeWindow: WINDOW_MS, keyGenerator: (r) => `ip:${r.ip}` });
  const byToken = app.createRateLimit({
    max: limits.perToken,
    timeWindow: WINDOW_MS,
    keyGenerator: (r) => `link:${hashToken((r.params as { token?: string }).token ?? '')}`,
  });

  async function limit(request: FastifyRequest, reply: FastifyReply, check: typeof byIp) {
    const result = await check(request);
    if (!result.isAllowed && result.isExceeded) {
      reply.header('retry-after', String(result.ttlInSeconds));
      throw new AppError('RATE_LIMITED', `Too many requests. Try again in ${result.ttlInSeconds} seconds.`);
    }
  }

  // onRequest: a refused request costs no body parsing and no database work.
  app.addHook('onRequest', async (request, reply) => {
    await limit(request, reply, byIp);
    if ((request.params as { token?: string }).token !== undefined) await limit(request, reply, byToken);
  });

  await app.register(publicFeedbackRoutes);
  await app.register(publicReviewRoutes);
};

export default publicRoutes;
