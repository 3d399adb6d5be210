import type { PlanCardBody } from '@echoboard/contracts';
import { planMove } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, notFound, unwrap } from '../../errors.ts';
import { lockCard } from '../cards/update-card.ts';
import type { Actor } from '../events/record.ts';
import { isOnBoard, toPlannedCard } from '../mappers.ts';
import { backlogOf, type CardList, listCards, lockList, planOf, rebalanceList, writePlacements } from './lists.ts';
import { boardsShowing, lockTeamBoards, placeOf, placeOfList, recordPlanEvents } from './plan-events.ts';

// planMove ranks any list; the backlog is the list with this key, a sprint's plan the sprint's id.
const BACKLOG_KEY = 'backlog';

/**
 * Puts a backlog or planned card into a planned sprint's list, or back into the backlog, between
 * the named neighbours. Same placement rule as a card move on the board (planMove), so the web
 * app's optimistic reorder and the saved one agree; lists whose keys grew too long are rebalanced.
 */
export async function planCard(db: Database, options: { cardId: string; input: PlanCardBody; actor: Actor }) {
  const { cardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    const peek = await tx.card.findUnique({ where: { id: cardId }, select: { teamId: true } });
    if (!peek) throw notFound('CARD_NOT_FOUND', cardId);
    // The boards first: every planning write takes them before lists and cards (plan-events.ts).
    await lockTeamBoards(tx, peek.teamId);
    // The list's lock before the card's: the order sprint starts and deletes take them in.
    const list =
      input.sprintId === null ? backlogOf(peek.teamId) : await lockPlannedSprint(tx, input.sprintId, peek.teamId);
    if (list.kind === 'backlog') await lockList(tx, list);
    const card = await lockCard(tx, cardId, input.version);
    if (isOnBoard(card)) {
      throw new AppError(
        'INVALID_MOVE',
        `"${card.title}" is on the board of the active sprint; move it there, or complete the sprint to carry it over.`,
      );
    }
    if (card.sprintId !== null) await requireFromPlannedSprint(tx, card.sprintId, card.title);
    const from = await placeOf(tx, card);
    const key = (sprintId: string | null) => sprintId ?? BACKLOG_KEY;
    const targetKey = list.kind === 'sprint' ? list.sprintId : BACKLOG_KEY;
    const siblings = (await listCards(tx, list)).filter((c) => c.id !== card.id);
    const planned = planMove(
      [
        ...siblings.map((c) => ({ id: c.id, rank: c.rank, columnId: targetKey })),
        { id: card.id, rank: card.rank, columnId: key(card.sprintId) },
      ],
      { cardId, toColumnId: targetKey, afterCardId: input.afterCardId, beforeCardId: input.beforeCardId },
    );
    if (!planned.ok && planned.error.code === 'ANCHOR_NOT_FOUND') {
      throw new AppError(
        'ANCHOR_NOT_FOUND',
        'The card it was to be placed next to is no longer in that list. Reload and try again.',
      );
    }
    const plan = unwrap(planned);
    if (plan.fromColumnId === plan.toColumnId && plan.rank === card.rank) return toPlannedCard(card);
    const [written] = await writePlacements(tx, list, [{ id: card.id, rank: plan.rank }]);
    if (plan.rebalance) await rebalanceList(tx, plan.order);
    // A rebalance gave the whole list new keys: viewers get every row of it (the others only
    // reordered), the moved card last.
    const changed = plan.rebalance ? await listCards(tx, list) : [written!];
    const moved = changed.find((c) => c.id === cardId)!;
    await recordPlanEvents(tx, await boardsShowing(tx, card.teamId, [from, placeOfList(list)]), actor, [
      ...changed
        .filter((c) => c.id !== cardId)
        .map((c) => ({ type: 'plan.upserted' as const, action: 'reordered' as const, card: toPlannedCard(c) })),
      { type: 'plan.upserted', action: 'moved', card: toPlannedCard(moved) },
    ]);
    return toPlannedCard(moved);
  });
}

/**
 * Locks the plan of a planned sprint of the card's team; another team's sprint is a missing one.
 * The state is read under the lock, so a sprint starting meanwhile is seen as started.
 */
async function lockPlannedSprint(tx: Tx, sprintId: string, teamId: string): Promise<CardList> {
  const owner = await tx.sprint.findUnique({
    where: { id: sprintId },
    select: { board: { select: { teamId: true } } },
  });
  if (!owner || owner.board.teamId !== teamId) throw notFound('SPRINT_NOT_FOUND', sprintId);
  await lockList(tx, planOf(sprintId));
  const sprint = await tx.sprint.findUniqueOrThrow({ where: { id: sprintId }, select: { name: true, state: true } });
  if (sprint.state !== 'planned') {
    throw new AppError(
      'INVALID_SPRINT_TRANSITION',
      `Sprint "${sprint.name}" is ${sprint.state}; cards can only be planned into a sprint that has not started.`,
    );
  }
  return planOf(sprintId);
}

/** A completed sprint's done cards are its record: they stay where they are. */
async function requireFromPlannedSprint(tx: Tx, sprintId: string, title: string) {
  const from = await tx.sprint.findUnique({ where: { id: sprintId }, select: { name: true, state: true } });
  if (from && from.state !== 'planned') {
    throw new AppError(
      'INVALID_MOVE',
      `"${title}" was done in sprint "${from.name}"; it stays in that sprint's record.`,
    );
  }
}
