import {
  CardParams,
  ChecklistItem,
  ChecklistItemParams,
  CreateChecklistItemBody,
  Problem,
  UpdateChecklistItemBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireCard, requireChecklistItem } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { addChecklistItem, deleteChecklistItem, listChecklist, updateChecklistItem } from './checklists.service.ts';

const checklistsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cards/:cardId/checklist',
    {
      schema: {
        tags: ['checklists'],
        summary: "A card's checklist items in order (every checklist of the card)",
        params: CardParams,
        response: { 200: z.array(ChecklistItem), 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      await requireCard(app.db.prisma, currentUser(request), request.params.cardId);
      return listChecklist(app.db, request.params.cardId);
    },
  );

  app.post(
    '/cards/:cardId/checklist',
    {
      schema: {
        tags: ['checklists'],
        summary: 'Add an item at the end of one of the card’s checklists (any member)',
        description:
          'At most 100 items per card: one more gets 409 CHECKLIST_FULL. An archived card’s checklist and comments are read-only (409 CARD_ARCHIVED) until it is restored.',
        params: CardParams,
        body: CreateChecklistItemBody,
        response: { 201: ChecklistItem, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await requireCard(app.db.prisma, user, request.params.cardId);
      const { cardId } = request.params;
      return reply
        .code(201)
        .send(await addChecklistItem(app.db, { cardId, input: request.body, actor: actorOf(user) }));
    },
  );

  app.patch(
    '/checklist-items/:itemId',
    {
      schema: {
        tags: ['checklists'],
        summary: 'Edit, tick, rename the checklist of, or reorder a checklist item (any member)',
        description:
          'An archived card’s checklist is read-only: 409 CARD_ARCHIVED. Restore the card from the board’s archived cards first.',
        params: ChecklistItemParams,
        body: UpdateChecklistItemBody,
        response: { 200: ChecklistItem, 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      const user = currentUser(request);
      await requireChecklistItem(app.db.prisma, user, request.params.itemId);
      const { itemId } = request.params;
      return updateChecklistItem(app.db, { itemId, input: request.body, actor: actorOf(user) });
    },
  );

  app.delete(
    '/checklist-items/:itemId',
    {
      schema: {
        tags: ['checklists'],
        summary: 'Delete a checklist item (any member)',
        description:
          'An archived card’s checklist is read-only: 409 CARD_ARCHIVED. Restore the card from the board’s archived cards first.',
        params: ChecklistItemParams,
        response: { 204: z.null(), 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      await requireChecklistItem(app.db.prisma, user, request.params.itemId);
      await deleteChecklistItem(app.db, { itemId: request.params.itemId, actor: actorOf(user) });
      return reply.code(204).send(null);
    },
  );
};

export default checklistsRoutes;
