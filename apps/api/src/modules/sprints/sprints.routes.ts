import {
  AvailabilityBody,
  BoardParams,
  CompleteSprintBody,
  CreateSprintBody,
  ListSprintsQuery,
  PlanningSettingsBody,
  Problem,
  Sprint,
  SprintDetail,
  SprintParams,
  StartSprintBody,
  UpdateSprintBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inSnapshot } from '../../db/transaction.ts';
import { currentUser } from '../../plugins/auth.ts';
import { requireBoard, requireLead, requireSprint } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { completeSprint } from './complete-sprint.ts';
import { createSprint } from './create-sprint.ts';
import { deleteSprint } from './delete-sprint.ts';
import { setAvailability } from './set-availability.ts';
import { setPlanningDefaults } from './set-planning-defaults.ts';
import { listSprints, loadSprintDetail } from './sprint-view.ts';
import { startSprint } from './start-sprint.ts';
import { updateSprint } from './update-sprint.ts';

const tags = ['sprints'];
const errors = { 400: Problem, 403: Problem, 404: Problem, 409: Problem };

const sprintsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/boards/:boardId/sprints',
    {
      schema: {
        tags,
        summary: "A board's sprints, newest start first (optionally of one state)",
        params: BoardParams,
        querystring: ListSprintsQuery,
        response: { 200: z.array(Sprint), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await requireBoard(app.db.prisma, currentUser(request), request.params.boardId);
      return listSprints(app.db.prisma, request.params.boardId, request.query.state);
    },
  );

  app.post(
    '/boards/:boardId/sprints',
    {
      schema: {
        tags,
        summary: 'Plan a sprint (leads); its days may not overlap another sprint of the board',
        params: BoardParams,
        body: CreateSprintBody,
        response: { 201: Sprint, ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      requireLead(await requireBoard(app.db.prisma, user, request.params.boardId), 'plan sprints');
      const sprint = await createSprint(app.db, {
        boardId: request.params.boardId,
        input: request.body,
        actor: actorOf(user),
      });
      return reply.code(201).send(sprint);
    },
  );

  app.patch(
    '/boards/:boardId/planning',
    {
      schema: {
        tags,
        summary: "Set the board's default points per available member-day (leads)",
        description: 'Capacity uses it until the board has completed sprints to compute a velocity from.',
        params: BoardParams,
        body: PlanningSettingsBody,
        response: { 200: PlanningSettingsBody, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      requireLead(await requireBoard(app.db.prisma, user, request.params.boardId), 'change planning settings');
      return setPlanningDefaults(app.db, {
        boardId: request.params.boardId,
        defaultPointsPerDay: request.body.defaultPointsPerDay,
        actor: actorOf(user),
      });
    },
  );

  app.get(
    '/sprints/:sprintId',
    {
      schema: {
        tags,
        summary: 'A sprint with its cards in order, availability, capacity meter and progress',
        params: SprintParams,
        response: { 200: SprintDetail, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await requireSprint(app.db.prisma, currentUser(request), request.params.sprintId);
      return inSnapshot(app.db, (tx) => loadSprintDetail(tx, request.params.sprintId));
    },
  );

  app.patch(
    '/sprints/:sprintId',
    {
      schema: {
        tags,
        summary: 'Edit a sprint (leads): name and goal until completed, dates only while planned',
        params: SprintParams,
        body: UpdateSprintBody,
        response: { 200: Sprint, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      requireLead(await requireSprint(app.db.prisma, user, request.params.sprintId), 'edit sprints');
      return updateSprint(app.db, { sprintId: request.params.sprintId, input: request.body, actor: actorOf(user) });
    },
  );

  app.delete(
    '/sprints/:sprintId',
    {
      schema: {
        tags,
        summary: 'Cancel a planned sprint (leads); its cards go back to the top of the backlog',
        params: SprintParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      requireLead(await requireSprint(app.db.prisma, user, request.params.sprintId), 'delete sprints');
      await deleteSprint(app.db, { sprintId: request.params.sprintId, actor: actorOf(user) });
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/sprints/:sprintId/availability',
    {
      schema: {
        tags,
        summary: "Set members' available days (leads for anyone, members for themselves)",
        params: SprintParams,
        body: AvailabilityBody,
        response: { 200: SprintDetail, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const access = await requireSprint(app.db.prisma, user, request.params.sprintId);
      return setAvailability(app.db, {
        sprintId: request.params.sprintId,
        input: request.body,
        access,
        userId: user.id,
        actor: actorOf(user),
      });
    },
  );

  app.post(
    '/sprints/:sprintId/start',
    {
      schema: {
        tags,
        summary: "Start a planned sprint (leads): its cards go to the bottom of the board's first column",
        description: 'With startToday, its dates move to start today, keeping its length.',
        params: SprintParams,
        body: StartSprintBody.nullish(),
        response: { 200: SprintDetail, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      requireLead(await requireSprint(app.db.prisma, user, request.params.sprintId), 'start sprints');
      return startSprint(app.db, {
        sprintId: request.params.sprintId,
        startToday: request.body?.startToday ?? false,
        actor: actorOf(user),
      });
    },
  );

  app.post(
    '/sprints/:sprintId/complete',
    {
      schema: {
        tags,
        summary: 'Complete the active sprint (leads): freeze its record and clear the board',
        description:
          'Cards in the last column are done and stay with the sprint; the others go to the top of the ' +
          'backlog or of a planned sprint of the same board.',
        params: SprintParams,
        body: CompleteSprintBody,
        response: { 200: SprintDetail, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      requireLead(await requireSprint(app.db.prisma, user, request.params.sprintId), 'complete sprints');
      return completeSprint(app.db, {
        sprintId: request.params.sprintId,
        input: request.body,
        actor: actorOf(user),
      });
    },
  );
};

export default sprintsRoutes;
