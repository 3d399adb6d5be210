import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** OpenAPI generated from the routes' zod schemas: JSON at /api/openapi.json, browsable at /api/docs. */
export default fp(
  async function docs(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Echoboard API',
          description:
            'Kanban boards for marketing sprints. Every error is application/problem+json with a stable `code`. ' +
            'Sign in first (POST /api/auth/signin sets an HttpOnly session cookie). Every POST, PUT, PATCH and ' +
            'DELETE must carry the header `X-Echoboard-Csrf: 1`.',
          version: '0.1.0',
        },
        tags: [
          { name: 'auth', description: 'Accounts and sessions (cookie eb_session)' },
          { name: 'teams', description: 'Teams of up to ten people, their roles and disciplines' },
          { name: 'invites', description: 'Single-use invite links to join a team' },
          { name: 'boards', description: 'Boards with their columns and cards' },
          { name: 'columns', description: 'Columns of a board' },
          { name: 'cards', description: 'Cards, their edits and moves; archiving and restoring them' },
          { name: 'checklists', description: "Checklist items of a card, grouped by the checklist's name" },
          { name: 'comments', description: 'Comments on a card' },
          {
            name: 'sprints',
            description: 'Sprints of a board: planning, availability, capacity, start and completion',
          },
          { name: 'backlog', description: "A team's ranked backlog, and planning cards into sprints" },
          { name: 'health', description: 'Liveness' },
          { name: 'scrum', description: 'Daily scrum: clock, speaker walk, summary; blocked cards' },
          { name: 'feedback', description: 'End-user feedback links and the triage inbox (members)' },
          {
            name: 'feedback (public)',
            description: 'The anonymous feedback form and receipts: no session, no CSRF header',
          },
          { name: 'campaigns', description: 'Campaigns with budget, spend, revenue, ROI and KPIs' },
          { name: 'contributions', description: 'Effort logged on cards and kudos' },
          {
            name: 'review',
            description: 'Sprint review figures: burndown, velocity, effort and results; read-only links to share it',
          },
          {
            name: 'review (public)',
            description: 'A sprint review shared with stakeholders: no session, no CSRF header, no ids',
          },
          { name: 'export', description: 'CSV downloads' },
          { name: 'import', description: 'Trello board exports and CSV files of cards, previewed before import' },
          { name: 'live', description: 'Live board events (server-sent events) and presence' },
        ],
        components: {
          securitySchemes: {
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'eb_session',
              description: 'Set by POST /api/auth/signin or /api/auth/signup (HttpOnly).',
            },
            csrf: {
              type: 'apiKey',
              in: 'header',
              name: 'X-Echoboard-Csrf',
              description: 'Send "1" on every POST, PUT, PATCH and DELETE of a signed-in session.',
            },
          },
        },
        security: [{ session: [], csrf: [] }],
      },
      // Routes anyone may call say so: their operation overrides the global security with none.
      transform: (input) => {
        const out = jsonSchemaTransform(input);
        const isPublic = (input.route.config as { public?: boolean } | undefined)?.public === true;
        return isPublic ? { ...out, schema: { ...out.schema, security: [] } } : out;
      },
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'docs' },
);
