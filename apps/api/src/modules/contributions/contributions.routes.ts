import {
  CardContributions,
  CardParams,
  EffortParams,
  GiveKudosBody,
  KudosParams,
  LogEffortBody,
  Problem,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireCard, requireEffort } from '../access.ts';
import { deleteEffort, giveKudos, loadContributions, logEffort, withdrawKudos } from './contributions.service.ts';

/** Effort logged on cards and kudos between members: the "effort" half of the sprint review. */
const contributionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['contributions'];
  const errors = { 400: Problem, 403: Problem, 404: Problem };

  app.get(
    '/cards/:cardId/contributions',
    {
      schema: {
        tags,
        summary: "A card's logged effort, kudos and contributors",
        params: CardParams,
        response: { 200: CardContributions, ...errors },
      },
    },
    async (request) => {
      await requireCard(app.db.prisma, currentUser(request), request.params.cardId);
      return loadContributions(app.db, request.params.cardId);
    },
  );

  app.post(
    '/cards/:cardId/effort',
    {
      schema: {
        tags,
        summary: 'Log effort on a card: minutes, points or both, with a note',
        params: CardParams,
        body: LogEffortBody,
        response: { 201: CardContributions, ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      return reply.code(201).send(await logEffort(app.db, request.params.cardId, user, request.body));
    },
  );

  app.delete(
    '/effort/:effortId',
    {
      schema: {
        tags,
        summary: 'Remove an effort entry (your own; leads: anyone’s)',
        params: EffortParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const access = await requireEffort(app.db.prisma, user, request.params.effortId);
      await deleteEffort(app.db, request.params.effortId, user, access);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/cards/:cardId/kudos',
    {
      schema: {
        tags,
        summary: "Thank one of a card's contributors",
        params: CardParams,
        body: GiveKudosBody,
        response: { 200: CardContributions, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      await giveKudos(app.db, request.params.cardId, user, request.body.toUserId);
      return loadContributions(app.db, request.params.cardId);
    },
  );

  app.delete(
    '/cards/:cardId/kudos/:toUserId',
    {
      schema: {
        tags,
        summary: 'Take back your kudos',
        params: KudosParams,
        response: { 200: CardContributions, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      await withdrawKudos(app.db, request.params.cardId, user, request.params.toUserId);
      return loadContributions(app.db, request.params.cardId);
    },
  );
};

export default contributionsRoutes;
