import { CardComment, CardParams, CommentBody, CommentParams, Problem } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireCard, requireComment } from '../access.ts';
import { addComment, deleteComment, editComment, listComments } from './comments.service.ts';

const commentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cards/:cardId/comments',
    {
      schema: {
        tags: ['comments'],
        summary: "A card's comments, oldest first",
        params: CardParams,
        response: { 200: z.array(CardComment), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await requireCard(app.db.prisma, currentUser(request), request.params.cardId);
      return listComments(app.db, request.params.cardId);
    },
  );

  app.post(
    '/cards/:cardId/comments',
    {
      schema: {
        tags: ['comments'],
        summary: 'Comment on a card, signed with your name (any member)',
        description:
          'An archived card’s comments are read-only: 409 CARD_ARCHIVED. Restore the card from the board’s archived cards first.',
        params: CardParams,
        body: CommentBody,
        response: { 201: CardComment, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      return reply
        .code(201)
        .send(await addComment(app.db, { cardId: request.params.cardId, input: request.body, user }));
    },
  );

  app.patch(
    '/comments/:commentId',
    {
      schema: {
        tags: ['comments'],
        summary: 'Edit one of your own comments',
        description:
          'Another person’s comment gets 403 FORBIDDEN. A comment on an archived card is read-only: 409 CARD_ARCHIVED; restore the card from the board’s archived cards first.',
        params: CommentParams,
        body: CommentBody,
        response: { 200: CardComment, 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const access = await requireComment(app.db.prisma, user, request.params.commentId);
      return editComment(app.db, { commentId: request.params.commentId, input: request.body, user, access });
    },
  );

  app.delete(
    '/comments/:commentId',
    {
      schema: {
        tags: ['comments'],
        summary: 'Delete a comment: your own, or any as a team lead',
        description:
          'Another person’s comment, unless you lead the team, gets 403 FORBIDDEN. A comment on an archived card is read-only: 409 CARD_ARCHIVED; restore the card from the board’s archived cards first.',
        params: CommentParams,
        response: { 204: z.null(), 400: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const access = await requireComment(app.db.prisma, user, request.params.commentId);
      await deleteComment(app.db, { commentId: request.params.commentId, user, access });
      return reply.code(204).send(null);
    },
  );
};

export default commentsRoutes;
