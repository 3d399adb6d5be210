import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sessionsStillViewing } from '../modules/auth/sessions.ts';
import { type Bus, InProcessBus, PgListenBus } from '../modules/events/bus.ts';
import { Hub } from '../modules/events/hub.ts';
import { keepHistoryBounded } from '../modules/events/record.ts';

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Hub;
  }
}

/**
 * Live board updates: the hub of this process's SSE streams, fed by PostgreSQL LISTEN/NOTIFY
 * (several API processes on one database) or, on the embedded database, by an in-process bus.
 */
export default fp(
  async function realtime(app: FastifyInstance) {
    const bus: Bus = app.db.kind === 'postgres' ? new PgListenBus(app.db, app.log) : new InProcessBus(app.db);
    const hub = new Hub(app.db, bus, app.log, (boardId, sessionIds) =>
      sessionsStillViewing(app.db, boardId, sessionIds),
    );
    await hub.start();
    app.decorate('realtime', hub);
    // The history the streams catch up from: trimmed after commits, so a failed trim fails no change.
    const history = keepHistoryBounded(app.db, app.log);
    // Open streams would keep the server from closing: end them before it waits for requests.
    app.addHook('preClose', async () => hub.endStreams());
    app.addHook('onClose', async () => {
      await hub.close();
      await history.stop();
    });
  },
  { name: 'realtime', dependencies: ['db'] },
);
