import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Database } from '../db/database.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

/** Makes the database available to routes; whoever opened it closes it. */
export default fp(
  async function db(app: FastifyInstance, options: { db: Database }) {
    app.decorate('db', options.db);
  },
  { name: 'db' },
);
