import {
  CreateTeamBody,
  Member,
  MemberParams,
  Problem,
  TeamDetail,
  TeamParams,
  TeamSummary,
  UpdateMemberBody,
  UpdateTeamBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { createTeam, listMyTeams, loadTeam, removeMember, updateMember, updateTeam } from './teams.service.ts';

const teamsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/teams',
    { schema: { tags: ['teams'], summary: 'Teams I belong to', response: { 200: z.array(TeamSummary) } } },
    async (request) => listMyTeams(app.db, currentUser(request).id),
  );

  app.post(
    '/teams',
    {
      schema: {
        tags: ['teams'],
        summary: 'Create a team; you become its lead',
        body: CreateTeamBody,
        response: { 201: TeamDetail, 400: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await createTeam(app.db, currentUser(request), request.body)),
  );

  app.get(
    '/teams/:teamId',
    {
      schema: {
        tags: ['teams'],
        summary: 'A team with its members',
        params: TeamParams,
        response: { 200: TeamDetail, 400: Problem, 404: Problem },
      },
    },
    async (request) => loadTeam(app.db.prisma, currentUser(request), request.params.teamId),
  );

  app.patch(
    '/teams/:teamId',
    {
      schema: {
        tags: ['teams'],
        summary: 'Rename the team or set its time zone (leads)',
        description: "The time zone decides the team's calendar day: sprint days, the scrum and campaign progress.",
        params: TeamParams,
        body: UpdateTeamBody,
        response: { 200: TeamDetail, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => updateTeam(app.db, { user: currentUser(request), ...request.params, input: request.body }),
  );

  app.patch(
    '/teams/:teamId/members/:userId',
    {
      schema: {
        tags: ['teams'],
        summary: "Change a member's role (leads) or discipline (leads, or the member themself)",
        description: 'The last lead cannot be demoted: 409 LAST_LEAD.',
        params: MemberParams,
        body: UpdateMemberBody,
        response: { 200: Member, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => updateMember(app.db, { user: currentUser(request), ...request.params, input: request.body }),
  );

  app.delete(
    '/teams/:teamId/members/:userId',
    {
      schema: {
        tags: ['teams'],
        summary: 'Remove a member (leads), or leave the team (your own user id)',
        description: 'The last lead cannot be removed and cannot leave: 409 LAST_LEAD.',
        params: MemberParams,
        response: { 204: z.null(), 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      await removeMember(app.db, { user: currentUser(request), ...request.params });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/teams/:teamId/leave',
    {
      schema: {
        tags: ['teams'],
        summary: 'Leave the team',
        params: TeamParams,
        response: { 204: z.null(), 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await removeMember(app.db, { user, teamId: request.params.teamId, userId: user.id });
      return reply.code(204).send(null);
    },
  );
};

export default teamsRoutes;
