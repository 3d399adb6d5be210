import { Health } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { public: true },
      schema: { tags: ['health'], summary: 'Liveness and which database is in use', response: { 200: Health } },
    },
    async () => {
      await app.db.sql.query('SELECT 1');
      return { status: 'ok' as const, database: app.db.kind };
    },
  );
};

export default healthRoutes;
