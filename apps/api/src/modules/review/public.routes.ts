import { Problem, PublicSprintReview, ReviewTokenParams } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loadPublicReview } from './public-review.ts';

/** A sprint review shared read-only with stakeholders; rate-limited by the public scope (public-routes.ts). */
const publicReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/public/reviews/:token',
    {
      config: { public: true },
      schema: {
        tags: ['review (public)'],
        summary: 'A shared sprint review: the figures the team sees, without ids, emails or the card list',
        description: 'Unknown, revoked and expired links all answer 404 REVIEW_LINK_INVALID.',
        params: ReviewTokenParams,
        response: { 200: PublicSprintReview, 400: Problem, 404: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      // A report for outsiders: no shared cache keeps it, and a revoked link stops at once.
      reply.header('cache-control', 'no-store');
      return loadPublicReview(app.db, request.params.token);
    },
  );
};

export default publicReviewRoutes;
