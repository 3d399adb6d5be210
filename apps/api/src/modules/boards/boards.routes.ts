import {
  Board,
  BoardParams,
  BoardSummary,
  CreateBoardBody,
  LabelColors,
  ListBoardsQuery,
  Problem,
  SetLabelColorBody,
  UpdateBoardBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors.ts';
import { currentUser } from '../../plugins/auth.ts';
import { requireBoard, requireLead, requireTeam } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { readBoardJson } from './board-json.ts';
import { createBoard, deleteBoard, listBoards, renameBoard } from './boards.service.ts';
import { setLabelColor } from './label-colors.ts';

const boardsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/boards',
    {
      schema: {
        tags: ['boards'],
        summary: 'List the boards of my teams (or of one team, with teamId)',
        querystring: ListBoardsQuery,
        response: { 200: z.array(BoardSummary), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { teamId } = request.query;
      if (teamId) await requireTeam(app.db.prisma, user, teamId);
      return listBoards(app.db, { userId: user.id, ...(teamId ? { teamId } : {}) });
    },
  );

  app.post(
    '/boards',
    {
      schema: {
        tags: ['boards'],
        summary: 'Create a board with the default columns in one of my teams (leads)',
        body: CreateBoardBody,
        response: { 201: Board, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      requireLead(await requireTeam(app.db.prisma, user, request.body.teamId), 'create boards');
      return reply.code(201).send(await createBoard(app.db, request.body, actorOf(user)));
    },
  );

  app.get(
    '/boards/:boardId',
    {
      schema: {
        tags: ['boards'],
        summary: 'A board with its columns and cards in order',
        params: BoardParams,
        response: { 200: Board, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { boardId } = request.params;
      await requireBoard(app.db.prisma, currentUser(request), boardId);
      const json = await readBoardJson(app.db, boardId);
      if (json === null) throw notFound('BOARD_NOT_FOUND', boardId);
      // Already the JSON text of a Board (see board-json.ts): Fastify sends a string as it is.
      return reply.type('application/json; charset=utf-8').send(json as unknown as Board);
    },
  );

  app.patch(
    '/boards/:boardId',
    {
      schema: {
        tags: ['boards'],
        summary: 'Rename a board',
        params: BoardParams,
        body: UpdateBoardBody,
        response: { 200: Board, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireBoard(app.db.prisma, user, request.params.boardId);
      return renameBoard(app.db, request.params.boardId, request.body, actorOf(user));
    },
  );

  app.put(
    '/boards/:boardId/label-colors',
    {
      schema: {
        tags: ['boards'],
        summary: "Set or clear one label's colour on a board (leads)",
        params: BoardParams,
        body: SetLabelColorBody,
        response: { 200: LabelColors, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      requireLead(await requireBoard(app.db.prisma, user, request.params.boardId), 'set label colours');
      const { boardId } = request.params;
      return setLabelColor(app.db, { boardId, input: request.body, actor: actorOf(user) });
    },
  );

  app.delete(
    '/boards/:boardId',
    {
      schema: {
        tags: ['boards'],
        summary: 'Delete a board with its columns and cards (leads)',
        params: BoardParams,
        response: { 204: z.null(), 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      requireLead(await requireBoard(app.db.prisma, user, request.params.boardId), 'delete boards');
      await deleteBoard(app.db, request.params.boardId, actorOf(user));
      return reply.code(204).send(null);
    },
  );
};

export default boardsRoutes;
