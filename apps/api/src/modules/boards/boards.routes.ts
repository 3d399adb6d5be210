import { Board, BoardParams, BoardSummary, CreateBoardBody, Problem } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createBoard, getBoard, listBoards } from './boards.service.ts';

const boardsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/boards',
    {
      schema: {
        tags: ['boards'],
        summary: 'List boards',
        response: { 200: z.array(BoardSummary) },
      },
    },
    async () => listBoards(app.db),
  );

  app.post(
    '/boards',
    {
      schema: {
        tags: ['boards'],
        summary: 'Create a board with the default columns',
        body: CreateBoardBody,
        response: { 201: Board, 400: Problem },
      },
    },
    async (request, reply) => reply.code(201).send(await createBoard(app.db, request.body)),
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
    async (request) => getBoard(app.db, request.params.boardId),
  );
};

export default boardsRoutes;
