import {
  CreatedReviewLink,
  CreateReviewLinkBody,
  Problem,
  ReviewLink,
  ReviewLinkParams,
  SprintParams,
  SprintReview,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireSprint } from '../access.ts';
import { createReviewLink, listReviewLinks, revokeReviewLink } from './review-links.service.ts';
import { loadSprintReview } from './sprint-review.ts';

const tags = ['review'];

/** The sprint review, and the read-only links a lead shares it through. */
const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sprints/:sprintId/review',
    {
      schema: {
        tags,
        summary:
          'Sprint review: committed vs done, burndown, velocity, effort and results per member, campaigns, feedback, blocked items',
        params: SprintParams,
        response: { 200: SprintReview, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await requireSprint(app.db.prisma, currentUser(request), request.params.sprintId);
      return loadSprintReview(app.db, request.params.sprintId);
    },
  );

  app.post(
    '/sprints/:sprintId/review-links',
    {
      schema: {
        tags,
        summary: "Share a running or completed sprint's review read-only with stakeholders (leads)",
        description:
          'The token and the page path /r/<token> are returned only in this response. The link expires after 30 days unless expiresAt says otherwise (at most a year ahead).',
        params: SprintParams,
        body: CreateReviewLinkBody,
        response: { 201: CreatedReviewLink, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createReviewLink(app.db, currentUser(request), request.params.sprintId, request.body)),
  );

  app.get(
    '/sprints/:sprintId/review-links',
    {
      schema: {
        tags,
        summary: "A sprint's review links, newest first: who the review is shared with, and until when",
        params: SprintParams,
        response: { 200: z.array(ReviewLink), 400: Problem, 404: Problem },
      },
    },
    async (request) => listReviewLinks(app.db, currentUser(request), request.params.sprintId),
  );

  app.delete(
    '/review-links/:reviewLinkId',
    {
      schema: {
        tags,
        summary: 'Revoke a review link at once (leads)',
        params: ReviewLinkParams,
        response: { 200: ReviewLink, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => revokeReviewLink(app.db, currentUser(request), request.params.reviewLinkId),
  );
};

export default reviewRoutes;
