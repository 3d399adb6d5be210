import type { CreateBacklogCardBody } from '@echoboard/contracts';
import { DEFAULT_EFFORT_SCALE, keyBetween } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { newCardData } from '../cards/card-data.ts';
import type { Actor } from '../events/record.ts';
import { toPlannedCard } from '../mappers.ts';
import { backlogOf, listWhere, lockList } from './lists.ts';
import { lockTeamBoards, recordPlanEvents } from './plan-events.ts';

/**
 * A new card at the bottom of the team's backlog (or the top). Backlog cards belong to no board
 * yet, so they are estimated on the default scale, as update-card does for them.
 */
export async function createBacklogCard(
  db: Database,
  options: { teamId: string; input: CreateBacklogCardBody; actor: Actor },
) {
  const { teamId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    // Every board of the team shows the backlog on its planning page (plan-events.ts).
    const boardIds = await lockTeamBoards(tx, teamId);
    const backlog = backlogOf(teamId);
    await lockList(tx, backlog);
    const { top, ...fields } = input;
    const data = await newCardData(tx, teamId, fields, DEFAULT_EFFORT_SCALE);
    const edge = await tx.card.findFirst({
      where: listWhere(backlog),
      orderBy: { rank: top ? 'asc' : 'desc' },
      select: { rank: true },
    });
    const rank = top ? keyBetween(null, edge?.rank ?? null) : keyBetween(edge?.rank ?? null, null);
    const card = toPlannedCard(await tx.card.create({ data: { ...data, rank } }));
    await recordPlanEvents(tx, boardIds, actor, [{ type: 'plan.upserted', action: 'created', card }]);
    return card;
  });
}

export async function loadBacklog(db: Database, teamId: string) {
  const cards = await db.prisma.card.findMany({
    where: listWhere(backlogOf(teamId)),
    orderBy: [{ rank: 'asc' }, { id: 'asc' }],
  });
  return { teamId, cards: cards.map(toPlannedCard) };
}
