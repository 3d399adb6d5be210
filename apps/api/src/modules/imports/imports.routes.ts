import {
  BoardParams,
  CsvImportBody,
  CsvImportPreview,
  CsvImportResult,
  IMPORT_MAX_BYTES,
  Problem,
  TeamParams,
  TrelloImportBody,
  TrelloImportPreview,
  TrelloImportResult,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireBoard, requireLead, requireTeam } from '../access.ts';
import { actorOf } from '../events/record.ts';
import { importCsv, previewCsvImport } from './csv-import.ts';
import { importTrello, previewTrelloImport } from './trello-import.ts';

// Exports of big boards run to several MB; only these routes take more than the API's default.
const big = { bodyLimit: IMPORT_MAX_BYTES };
const problems = { 400: Problem, 403: Problem, 404: Problem, 413: Problem };

const importsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/teams/:teamId/imports/trello/preview',
    {
      ...big,
      schema: {
        tags: ['import'],
        summary: 'What a Trello board export would create, without creating anything (leads)',
        params: TeamParams,
        body: TrelloImportBody,
        response: { 200: TrelloImportPreview, ...problems },
      },
    },
    async (request) => {
      const { teamId } = request.params;
      requireLead(await requireTeam(app.db.prisma, currentUser(request), teamId), 'import boards');
      return previewTrelloImport(app.db, teamId, request.body);
    },
  );

  app.post(
    '/teams/:teamId/imports/trello',
    {
      ...big,
      schema: {
        tags: ['import'],
        summary: 'Create a new board from a Trello board export, in one transaction (leads)',
        params: TeamParams,
        body: TrelloImportBody,
        response: { 201: TrelloImportResult, ...problems },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { teamId } = request.params;
      requireLead(await requireTeam(app.db.prisma, user, teamId), 'import boards');
      return reply.code(201).send(await importTrello(app.db, { teamId, body: request.body, actor: actorOf(user) }));
    },
  );

  app.post(
    '/boards/:boardId/imports/csv/preview',
    {
      ...big,
      schema: {
        tags: ['import'],
        summary: 'What a CSV of cards would add to the board with this mapping, row errors included',
        params: BoardParams,
        body: CsvImportBody,
        response: { 200: CsvImportPreview, ...problems },
      },
    },
    async (request) => {
      await requireBoard(app.db.prisma, currentUser(request), request.params.boardId);
      return previewCsvImport(app.db, request.params.boardId, request.body);
    },
  );

  app.post(
    '/boards/:boardId/imports/csv',
    {
      ...big,
      schema: {
        tags: ['import'],
        summary: 'Add the cards of a CSV to the board in one transaction (new columns: leads)',
        params: BoardParams,
        body: CsvImportBody,
        response: { 201: CsvImportResult, ...problems, 409: Problem },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const { boardId } = request.params;
      const access = await requireBoard(app.db.prisma, user, boardId);
      const result = await importCsv(app.db, { boardId, body: request.body, actor: actorOf(user), role: access.role });
      return reply.code(201).send(result);
    },
  );
};

export default importsRoutes;
