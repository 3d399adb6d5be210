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
          { name: 'cards', description: 'Cards, their edits and moves' },
          {
            name: 'sprints',
            description: 'Sprints of a board: planning, availability, capacity, start and completion',
          },
          { name: 'backlog', description: "A team's ranked backlog, and planning cards into sprints" },
          { name: 'health', description: 'Liveness' },
        ],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'docs' },
);
