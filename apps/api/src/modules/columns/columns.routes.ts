import {
  BoardParams,
  Column,
  ColumnParams,
  CreateColumnBody,
  DeleteColumnQuery,
  Problem,
  UpdateColumnBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireBoard, requireColumn, requireLead } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { createColumn, deleteColumn, updateColumn } from './columns.service.ts';

const columnsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/boards/:boardId/columns',
    {
      schema: {
        tags: ['columns'],
        summary: 'Add a column (last, or after afterColumnId; first when afterColumnId is null)',
        params: BoardParams,
        body: CreateColumnBody,
        response: { 201: Column, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      requireLead(await requireBoard(app.db.prisma, user, request.params.boardId), 'add columns');
      return reply.code(201).send(await createColumn(app.db, request.params.boardId, request.body, actorOf(user)));
    },
  );

  app.patch(
    '/columns/:columnId',
    {
      schema: {
        tags: ['columns'],
        summary: 'Rename a column, set its WIP limit (leads), or reorder it (afterColumnId)',
        params: ColumnParams,
        body: UpdateColumnBody,
        response: { 200: Column, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const access = await requireColumn(app.db.prisma, user, request.params.columnId);
      if (request.body.wipLimit !== undefined || request.body.wipHard !== undefined) {
        requireLead(access, 'change WIP limits');
      }
      return updateColumn(app.db, request.params.columnId, request.body, actorOf(user));
    },
  );

  app.delete(
    '/columns/:columnId',
    {
      schema: {
        tags: ['columns'],
        summary: 'Delete a column; a column with cards needs moveCardsTo (leads)',
        params: ColumnParams,
        querystring: DeleteColumnQuery,
        response: { 204: z.null(), 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      requireLead(await requireColumn(app.db.prisma, user, request.params.columnId), 'delete columns');
      await deleteColumn(app.db, request.params.columnId, request.query.moveCardsTo, actorOf(user));
      return reply.code(204).send(null);
    },
  );
};

export default columnsRoutes;
