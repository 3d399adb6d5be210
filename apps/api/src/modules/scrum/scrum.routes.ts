import {
  BoardParams,
  Problem,
  Scrum,
  ScrumState,
  type Scrum as ScrumType,
  StartScrumBody,
  WalkScrumBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inSnapshot } from '../../db/transaction.ts';
import { currentUser } from '../../plugins/auth.ts';
import { requireBoard, requireLead } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { endScrum } from './end-scrum.ts';
import { previousScrumAt, toScrum, toScrums } from './scrum-view.ts';
import { startScrum } from './start-scrum.ts';
import { walkScrum } from './walk-scrum.ts';

const PAST_SCRUMS_SHOWN = 60;

const scrumRoutes: FastifyPluginAsyncZod = async (app) => {
  /** Every answer carries the server's clock, so each viewer's timer can correct its own. */
  const state = async (
    boardId: string,
    { scrum, seq }: { scrum: ScrumType | null; seq: number },
  ): Promise<ScrumState> => ({
    scrum,
    seq,
    previousScrumAt: await previousScrumAt(app.db.prisma, boardId),
    now: new Date().toISOString(),
  });

  app.get(
    '/boards/:boardId/scrum',
    {
      schema: {
        tags: ['scrum'],
        summary: "The board's running daily scrum (or null), with the server's time",
        params: BoardParams,
        response: { 200: ScrumState, 404: Problem },
      },
    },
    async (request) => {
      const { boardId } = request.params;
      await requireBoard(app.db.prisma, currentUser(request), boardId);
      // One snapshot, so the seq says exactly which board events this answer already includes.
      const read = await inSnapshot(app.db, async (tx) => {
        const row = await tx.scrum.findFirst({ where: { boardId, endedAt: null } });
        const board = await tx.board.findUnique({ where: { id: boardId }, select: { eventSeq: true } });
        return { scrum: row ? await toScrum(tx, row) : null, seq: board?.eventSeq ?? 0 };
      });
      return state(boardId, read);
    },
  );

  app.post(
    '/boards/:boardId/scrum',
    {
      schema: {
        tags: ['scrum'],
        summary: 'Start the daily scrum (leads): a 15-minute timebox and a walk through the team',
        params: BoardParams,
        body: StartScrumBody,
        response: { 201: ScrumState, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { boardId } = request.params;
      requireLead(await requireBoard(app.db.prisma, user, boardId), 'start the daily scrum');
      const started = await startScrum(app.db, {
        boardId,
        input: request.body,
        actor: { userId: user.id, name: user.name },
      });
      return reply.code(201).send(await state(boardId, started));
    },
  );

  app.post(
    '/boards/:boardId/scrum/walk',
    {
      schema: {
        tags: ['scrum'],
        summary: 'Hand the floor to the next or previous member (leads)',
        params: BoardParams,
        body: WalkScrumBody,
        response: { 200: ScrumState, 400: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { boardId } = request.params;
      requireLead(await requireBoard(app.db.prisma, user, boardId), 'lead the daily scrum');
      return state(boardId, await walkScrum(app.db, { boardId, input: request.body, actor: actorOf(user) }));
    },
  );

  app.post(
    '/boards/:boardId/scrum/end',
    {
      schema: {
        tags: ['scrum'],
        summary: 'End the daily scrum (leads) and keep its summary for the sprint review',
        params: BoardParams,
        response: { 200: ScrumState, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { boardId } = request.params;
      requireLead(await requireBoard(app.db.prisma, user, boardId), 'end the daily scrum');
      return state(boardId, await endScrum(app.db, { boardId, actor: actorOf(user) }));
    },
  );

  app.get(
    '/boards/:boardId/scrums',
    {
      schema: {
        tags: ['scrum'],
        summary: "The board's finished scrums with their summaries, newest first (for the sprint review)",
        params: BoardParams,
        response: { 200: z.array(Scrum), 404: Problem },
      },
    },
    async (request) => {
      const { boardId } = request.params;
      await requireBoard(app.db.prisma, currentUser(request), boardId);
      const rows = await app.db.prisma.scrum.findMany({
        where: { boardId, endedAt: { not: null } },
        orderBy: { startedAt: 'desc' },
        take: PAST_SCRUMS_SHOWN,
      });
      return toScrums(app.db.prisma, rows);
    },
  );
};

export default scrumRoutes;
