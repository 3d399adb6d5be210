import {
  Backlog,
  CardParams,
  CreateBacklogCardBody,
  PlanCardBody,
  PlannedCard,
  Problem,
  TeamParams,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireCard, requireTeam } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { createBacklogCard, loadBacklog } from './create-backlog-card.ts';
import { planCard } from './plan-card.ts';

const tags = ['backlog'];

const backlogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/teams/:teamId/backlog',
    {
      schema: {
        tags,
        summary: "The team's backlog, most important first",
        params: TeamParams,
        response: { 200: Backlog, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await requireTeam(app.db.prisma, currentUser(request), request.params.teamId);
      return loadBacklog(app.db, request.params.teamId);
    },
  );

  app.post(
    '/teams/:teamId/backlog',
    {
      schema: {
        tags,
        summary: 'Add a card to the bottom of the backlog (the top with top: true)',
        params: TeamParams,
        body: CreateBacklogCardBody,
        response: { 201: PlannedCard, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await requireTeam(app.db.prisma, user, request.params.teamId);
      const card = await createBacklogCard(app.db, {
        teamId: request.params.teamId,
        input: request.body,
        actor: actorOf(user),
      });
      return reply.code(201).send(card);
    },
  );

  app.post(
    '/cards/:cardId/plan',
    {
      schema: {
        tags,
        summary: "Put a backlog or planned card into a planned sprint's list, or back into the backlog",
        description:
          'sprintId null: the backlog. afterCardId / beforeCardId name its new neighbours in that list, as for ' +
          'board moves; neither puts it last. Cards on a board cannot be planned (INVALID_MOVE).',
        params: CardParams,
        body: PlanCardBody,
        response: { 200: PlannedCard, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      return planCard(app.db, { cardId: request.params.cardId, input: request.body, actor: actorOf(user) });
    },
  );
};

export default backlogRoutes;
