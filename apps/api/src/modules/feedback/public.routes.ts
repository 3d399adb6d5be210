import {
  FeedbackReceipt,
  FeedbackTokenParams,
  Problem,
  PublicFeedbackPage,
  ReceiptParams,
  SubmitFeedbackBody,
  SubmittedFeedback,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadFeedbackPage, readReceipt, submitFeedback } from './public.service.ts';

/** A feedback form is a few kilobytes; the API's general limit is far more than it needs. */
const BODY_LIMIT = 32 * 1024;

/**
 * Routes for people without an account: the feedback page of a link, its submit, and the
 * receipt. Rate-limited by the public scope they are registered in (modules/public-routes.ts).
 */
const publicFeedbackRoutes: FastifyPluginAsyncZod = async (app) => {
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
