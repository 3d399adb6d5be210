import { BoardParams, EventsQuery, PresenceBody, Problem } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../errors.ts';
import { currentUser } from '../../plugins/auth.ts';
import { requireBoard } from '../access.ts';
import { frame, streamWriter } from './frames.ts';
import { MAX_CATCH_UP } from './hub.ts';
import { historyBounds } from './record.ts';

/** Last-Event-ID (sent by a reconnecting EventSource) wins over ?after=. */
function resumeFrom(header: string | string[] | undefined, after: number | undefined): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value !== undefined && /^\d{1,10}$/.test(value.trim())) return Number(value.trim());
  return after;
}

const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/boards/:boardId/events',
    {
      schema: {
        tags: ['live'],
        summary: "Server-sent events: the board's changes after `after` (or Last-Event-ID), and who is viewing it",
        description:
          'Frames: `event: board` with `id: <seq>` and a BoardEvent; `event: presence` with a Presence; ' +
          '`event: reset` when the client is too far behind: reload the board, then reconnect with its seq. ' +
          '`event: ended` when the viewer signed out, their session ended or they left the team: do not reconnect. ' +
          'A comment `: ping` every 15 s.',
        params: BoardParams,
        querystring: EventsQuery,
        response: { 200: z.string().describe('text/event-stream'), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { boardId } = request.params;
      await requireBoard(app.db.prisma, user, boardId);
      const bounds = await historyBounds(app.db, boardId);
      if (bounds.latest === null) throw notFound('BOARD_NOT_FOUND', boardId);
      const latest = bounds.latest;
      const after = resumeFrom(request.headers['last-event-id'], request.query.after) ?? latest;
      const missing = latest - after;
      const trimmed = missing > 0 && (bounds.oldest === null || bounds.oldest > after + 1);
      const tooFar = after > latest || missing > MAX_CATCH_UP || trimmed;

      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      });
      raw.flushHeaders();
      if (tooFar) {
        raw.end(frame.reset);
        return;
      }
      raw.write('retry: 1000\n\n');
      const write = streamWriter(raw);
      const leave = app.realtime.join(boardId, {
        user: { id: user.id, name: user.name },
        ...(request.sessionId ? { sessionId: request.sessionId } : {}),
        lastSeq: after,
        write,
        end: () => raw.end(),
      });
      request.raw.on('close', leave);
      raw.on('close', leave);
    },
  );

  app.post(
    '/boards/:boardId/presence',
    {
      schema: {
        tags: ['live'],
        summary: 'Tell the board which card I am dragging (null when I drop it or stop)',
        params: BoardParams,
        body: PresenceBody,
        response: { 204: z.null(), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { boardId } = request.params;
      await requireBoard(app.db.prisma, user, boardId);
      const { draggingCardId } = request.body;
      if (draggingCardId && (await app.db.prisma.card.count({ where: { id: draggingCardId, boardId } })) === 0) {
        throw notFound('CARD_NOT_FOUND', draggingCardId);
      }
      app.realtime.setDragging(boardId, { id: user.id, name: user.name }, draggingCardId);
      return reply.code(204).send(null);
    },
  );
};

export default eventsRoutes;
