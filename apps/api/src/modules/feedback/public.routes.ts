import {
  FeedbackReceipt,
  FeedbackTokenParams,
  Problem,
  PublicFeedbackPage,
  ReceiptParams,
  SubmitFeedbackBody,
  SubmittedFeedback,
} from '@echoboard/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors.ts';
import { hashToken } from '../tokens.ts';
import { loadFeedbackPage, readReceipt, submitFeedback } from './public.service.ts';

/** Requests per minute on the public feedback routes. */
export interface PublicLimits {
  /** From one client address, over all public routes. */
  perIp: number;
  /** To one feedback link, from anywhere: a leaked link cannot flood a team's inbox. */
  perToken: number;
}

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = { perIp: 30, perToken: 200 };

const WINDOW_MS = 60_000;

/** A feedback form is a few kilobytes; the API's general limit is far more than it needs. */
const BODY_LIMIT = 32 * 1024;

/**
 * Routes for people without an account: the feedback page of a link, its submit, and the
 * receipt. Registered under /api/public/, which the auth hook treats as anonymous.
 */
const publicFeedbackRoutes: FastifyPluginAsyncZod<PublicLimits> = async (app, limits) => {
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

  app.get(
    '/public/feedback/:token',
    {
      config: { public: true },
      schema: {
        tags: ['feedback (public)'],
        summary: "A feedback link's page: team, sprint goal, what was delivered",
        description: 'Unknown, revoked and expired links all answer 404 FEEDBACK_LINK_INVALID.',
        params: FeedbackTokenParams,
        response: { 200: PublicFeedbackPage, 400: Problem, 404: Problem, 429: Problem },
      },
    },
    async (request) => loadFeedbackPage(app.db, request.params.token),
  );

  app.post(
    '/public/feedback/:token',
    {
      config: { public: true },
      bodyLimit: BODY_LIMIT,
      schema: {
        tags: ['feedback (public)'],
        summary: 'Give feedback on a sprint; answers a receipt to follow what becomes of it',
        description:
          'Send the same idempotencyKey when retrying: the feedback is stored once and every retry gets the same receipt.',
        params: FeedbackTokenParams,
        body: SubmitFeedbackBody,
        response: { 201: SubmittedFeedback, 400: Problem, 404: Problem, 413: Problem, 415: Problem, 429: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await submitFeedback(app.db, request.params.token, request.body)),
  );

  app.get(
    '/public/receipts/:receipt',
    {
      config: { public: true },
      schema: {
        tags: ['feedback (public)'],
        summary: 'What became of a piece of feedback: received, accepted (backlog or planned sprint), …',
        params: ReceiptParams,
        response: { 200: FeedbackReceipt, 400: Problem, 404: Problem, 429: Problem },
      },
    },
    async (request) => readReceipt(app.db, request.params.receipt),
  );
};

export default publicFeedbackRoutes;
