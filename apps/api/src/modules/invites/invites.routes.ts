import {
  CreatedInvite,
  Invite,
  InviteParams,
  InvitePreview,
  InviteTokenParams,
  Problem,
  TeamDetail,
  TeamParams,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { acceptInvite, createInvite, listInvites, previewInvite, revokeInvite } from './invites.service.ts';

const invitesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/teams/:teamId/invites',
    {
      schema: {
        tags: ['invites'],
        summary: 'Make a single-use invite link, valid 7 days (leads)',
        description: 'The token and the link path /invite/<token> are returned only in this response.',
        params: TeamParams,
        response: { 201: CreatedInvite, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createInvite(app.db, currentUser(request), request.params.teamId)),
  );

  app.get(
    '/teams/:teamId/invites',
    {
      schema: {
        tags: ['invites'],
        summary: "A team's invites, newest first, with their status (leads)",
        params: TeamParams,
        response: { 200: z.array(Invite), 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => listInvites(app.db, currentUser(request), request.params.teamId),
  );

  app.delete(
    '/teams/:teamId/invites/:inviteId',
    {
      schema: {
        tags: ['invites'],
        summary: 'Revoke an invite (leads)',
        params: InviteParams,
        response: { 204: z.null(), 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await revokeInvite(app.db, currentUser(request), request.params);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/invites/:token',
    {
      config: { public: true },
      schema: {
        tags: ['invites'],
        summary: 'Preview an invite before signing in: team, who invited, until when',
        description: 'Unknown, used, revoked and expired invites all answer 404 INVITE_INVALID.',
        params: InviteTokenParams,
        response: { 200: InvitePreview, 400: Problem, 404: Problem },
      },
    },
    async (request) => previewInvite(app.db, request.params.token),
  );

  app.post(
    '/invites/:token/accept',
    {
      schema: {
        tags: ['invites'],
        summary: 'Join the team of an invite (signed in; the invite is then used up)',
        params: InviteTokenParams,
        response: { 200: TeamDetail, 400: Problem, 401: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => acceptInvite(app.db, currentUser(request), request.params.token),
  );
};

export default invitesRoutes;
