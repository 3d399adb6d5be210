import {
  BlockCardBody,
  BoardParams,
  Card,
  CardParams,
  CreateCardBody,
  DeleteCardQuery,
  MoveCardBody,
  PlannedCard,
  Problem,
  UpdateCardBody,
} from '@echoboard/contracts';
import { moveWindow } from '@echoboard/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adoptSession, currentUser, sessionIdToRead } from '../../plugins/auth.ts';
import { requireBoard, requireCard } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { setCardBlocked } from './block-card.ts';
import { createCard } from './create-card.ts';
import { moveCard } from './move-card.ts';
import { readMoveInSession } from './move-queries.ts';
import { deleteCard, updateCard } from './update-card.ts';

const cardsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/boards/:boardId/cards',
    {
      schema: {
        tags: ['cards'],
        summary: 'Create a card at the bottom of a column',
        params: BoardParams,
        body: CreateCardBody,
        response: { 201: Card, 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      await requireBoard(app.db.prisma, currentUser(request), request.params.boardId);
      return reply.code(201).send(
        await createCard(app.db, {
          boardId: request.params.boardId,
          input: request.body,
          actor: actorOf(request.user),
        }),
      );
    },
  );

  app.patch(
    '/cards/:cardId',
    {
      schema: {
        tags: ['cards'],
        summary: "Edit a card's fields; send the version you saw to be told of concurrent edits",
        params: CardParams,
        body: UpdateCardBody,
        response: { 200: z.union([Card, PlannedCard]), 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      return updateCard(app.db, { cardId: request.params.cardId, input: request.body, actor: actorOf(user) });
    },
  );

  app.delete(
    '/cards/:cardId',
    {
      schema: {
        tags: ['cards'],
        summary: 'Delete a card (with ?version=, only the version the client saw)',
        params: CardParams,
        querystring: DeleteCardQuery,
        response: { 204: z.null(), 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      await deleteCard(app.db, {
        cardId: request.params.cardId,
        version: request.query.version,
        actor: actorOf(user),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/cards/:cardId/move',
    {
      schema: {
        tags: ['cards'],
        summary: 'Move a card next to the given neighbours, in the same or another column',
        description:
          'afterCardId: the card that will sit directly above (null: the moved card goes first). ' +
          'beforeCardId: the card that will sit directly below. When both are absent the card goes last. ' +
          'The server computes the rank; a stale version gets 409 VERSION_CONFLICT with the current card.',
        params: CardParams,
        body: MoveCardBody,
        response: { 200: Card, 400: Problem, 404: Problem, 409: Problem },
      },
      // The session is read with the card, and access checked there too: two round trips fewer.
      config: { sessionInRoute: true },
    },
    async (request, reply) => {
      const { cardId } = request.params;
      const sessionId = sessionIdToRead(request);
      const { session, reading } = await readMoveInSession(app.db.sql, {
        sessionId,
        cardId,
        columnId: request.body.toColumnId,
        window: moveWindow(request.body),
      });
      const user = await adoptSession(request, reply, { id: sessionId, row: session });
      return moveCard(app.db, { cardId, input: request.body, user, reading });
    },
  );

  app.put(
    '/cards/:cardId/blocked',
    {
      schema: {
        tags: ['cards'],
        summary: 'Flag a card as blocked, saying why (any member)',
        params: CardParams,
        body: BlockCardBody,
        response: { 200: z.union([Card, PlannedCard]), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      const { cardId } = request.params;
      return setCardBlocked(app.db, { cardId, reason: request.body.reason, actor: actorOf(user) });
    },
  );

  app.delete(
    '/cards/:cardId/blocked',
    {
      schema: {
        tags: ['cards'],
        summary: 'Clear the blocked flag of a card (any member)',
        params: CardParams,
        response: { 200: z.union([Card, PlannedCard]), 404: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      return setCardBlocked(app.db, { cardId: request.params.cardId, reason: null, actor: actorOf(user) });
    },
  );
};

export default cardsRoutes;
