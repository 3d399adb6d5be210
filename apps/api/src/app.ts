import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from './db/database.ts';
import boardsRoutes from './modules/boards/boards.routes.ts';
import cardsRoutes from './modules/cards/cards.routes.ts';
import columnsRoutes from './modules/columns/columns.routes.ts';
import healthRoutes from './modules/health/health.routes.ts';
import dbPlugin from './plugins/db.ts';
import docsPlugin from './plugins/docs.ts';
import errorsPlugin from './plugins/errors.ts';
import webPlugin from './plugins/web.ts';

export interface AppOptions {
  db: Database;
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built SPA to serve; omit for an API-only app (tests). */
  webDist?: string;
}

/** Builds the app without listening, so tests drive it with app.inject. */
export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 256 * 1024,
    // Clients retry on 503; a request must not wait forever on a stuck database.
    connectionTimeout: 30_000,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON only; anything else is a 415, not a string body that fails validation.
  app.removeContentTypeParser('text/plain');

  await app.register(errorsPlugin);
  await app.register(dbPlugin, { db: options.db });
  await app.register(docsPlugin);
  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(boardsRoutes);
      await api.register(columnsRoutes);
      await api.register(cardsRoutes);
    },
    { prefix: '/api' },
  );
  if (options.webDist) await app.register(webPlugin, { root: options.webDist });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
