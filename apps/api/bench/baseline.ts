// The baseline: a bare Fastify server doing the same database work with raw pg, nothing else
// (no auth, no validation, no Prisma, no transaction, no events).
import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';

export async function startBaseline(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const app = Fastify();
  app.post<{ Params: { cardId: string }; Body: { toColumnId: string } }>('/cards/:cardId/move', async (request) => {
    const { rows } = await pool.query(
      `UPDATE cards SET column_id = $1, rank = $2, version = version + 1, updated_at = now()
         WHERE id = $3 RETURNING *`,
      // A unique key, not a real one: cards the baseline moved are not for the API to plan from.
      [request.body.toColumnId, `z${randomUUID()}`, request.params.cardId],
    );
    return rows[0];
  });
  app.get<{ Params: { boardId: string } }>('/boards/:boardId', async (request) => {
    const [columns, cards] = await Promise.all([
      pool.query('SELECT * FROM columns WHERE board_id = $1 ORDER BY rank', [request.params.boardId]),
      pool.query('SELECT * FROM cards WHERE board_id = $1 ORDER BY column_id, rank', [request.params.boardId]),
    ]);
    return { columns: columns.rows, cards: cards.rows };
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}
