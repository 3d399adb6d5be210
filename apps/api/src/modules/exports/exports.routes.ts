import { Id, Problem } from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireTeam } from '../access.ts';
import { todayIn } from '../sprints/today.ts';
import { EXPORT_KINDS, exportTeam } from './team-exports.ts';

const exportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/teams/:teamId/export/:kind',
    {
      schema: {
        tags: ['export'],
        summary: "Download the team's cards, sprints, feedback or campaign metrics as CSV (RFC 4180, UTF-8)",
        params: z.object({
          teamId: Id,
          kind: z.enum(EXPORT_KINDS.map((kind) => `${kind}.csv`) as [string, ...string[]], {
            message: `must be one of ${EXPORT_KINDS.map((kind) => `${kind}.csv`).join(', ')}`,
          }),
        }),
        response: { 200: z.string(), 400: Problem, 404: Problem },
      },
    },
    async (request, reply) => {
      const { teamId, kind } = request.params;
      await requireTeam(app.db.prisma, currentUser(request), teamId);
      const what = kind.replace(/\.csv$/, '') as (typeof EXPORT_KINDS)[number];
      const csv = await exportTeam(app.db, teamId, what);
      // Named by the team's calendar day, as every other date the team sees.
      const { timeZone } = await app.db.prisma.team.findUniqueOrThrow({
        where: { id: teamId },
        select: { timeZone: true },
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="echoboard-${what}-${todayIn(timeZone)}.csv"`)
        .send(csv);
    },
  );
};

export default exportsRoutes;
