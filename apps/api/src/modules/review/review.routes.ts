import { Problem, SprintParams, SprintReview } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireSprint } from '../access.ts';
import { loadSprintReview } from './sprint-review.ts';

const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sprints/:sprintId/review',
    {
      schema: {
        tags: ['review'],
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
};

export default reviewRoutes;
