import {
  ArchiveCardBody,
  ArchivedCard,
  BoardParams,
  Card,
  CardParams,
  Problem,
  RestoreCardBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireBoard, requireCard } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { archiveCard, listArchivedCards, restoreCard } from './archive-card.ts';

const archiveRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/cards/:cardId/archive',
    {
      schema: {
        tags: ['cards'],
        summary: 'Archive a card: it leaves its column and sprint but can be restored (any member)',
        params: CardParams,
        body: ArchiveCardBody,
        response: { 200: ArchivedCard, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      const { cardId } = request.params;
      return archiveCard(app.db, { cardId, version: request.body.version, actor: actorOf(user) });
    },
  );

  app.post(
    '/cards/:cardId/restore',
    {
      schema: {
        tags: ['cards'],
        summary: 'Put an archived card back at the end of a column of its board (default: the first)',
        description: 'A hard WIP limit on the column refuses it with 409 WIP_LIMIT_EXCEEDED; pick another column.',
        params: CardParams,
        body: RestoreCardBody,
        response: { 200: Card, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      return restoreCard(app.db, { cardId: request.params.cardId, input: request.body, actor: actorOf(user) });
    },
  );

  app.get(
    '/boards/:boardId/archived-cards',
    {
      schema: {
        tags: ['cards'],
        summary: "A board's archived cards, most recently archived first",
        params: BoardParams,
        response: { 200: z.array(ArchivedCard), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await requireBoard(app.db.prisma, currentUser(request), request.params.boardId);
      return listArchivedCards(app.db, request.params.boardId);
    },
  );
};

export default archiveRoutes;
