import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Serves the built SPA from the same origin as the API. Any GET outside /api that is not a file
 * answers index.html, so deep links like /boards/<id> work on reload.
 */
export default fp(
  async function web(app: FastifyInstance, options: { root: string }) {
    if (!existsSync(join(options.root, 'index.html'))) {
      app.log.warn(`No web build in ${options.root}; run "npm run build" to serve the board UI.`);
      return;
    }
    await app.register(fastifyStatic, { root: options.root, wildcard: false, index: false });
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  },
  { name: 'web', dependencies: ['errors'] },
);
