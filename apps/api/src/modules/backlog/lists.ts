import { keysBetween, rebalanceKeys } from '@echoboard/domain';
import type { Tx } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';

/**
 * A ranked list of cards that are off the board: a team's backlog or a planned sprint's plan.
 * Unlike columns these have no unique (list, rank) index (their column_id is null), so every
 * write of a rank into a list holds the list's lock instead: the team row for the backlog, the
 * sprint row for a plan. Two writers of one list thus never compute the same key.
 */
export type CardList = { kind: 'backlog'; teamId: string } | { kind: 'sprint'; sprintId: string };

export const backlogOf = (teamId: string): CardList => ({ kind: 'backlog', teamId });
export const planOf = (sprintId: string): CardList => ({ kind: 'sprint', sprintId });

/** The Prisma filter for the cards of a list. */
export const listWhere = (list: CardList) =>
  list.kind === 'backlog'
    ? { teamId: list.teamId, sprintId: null, boardId: null }
    : { sprintId: list.sprintId, boardId: null };

/** Takes the list's lock until commit (see CardList). */
export async function lockList(tx: Tx, list: CardList): Promise<void> {
  const rows =
    list.kind === 'backlog'
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM teams WHERE id = ${list.teamId}::uuid FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM sprints WHERE id = ${list.sprintId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'The list the cards were to go to no longer exists.');
}

/** The list's cards in order (rank is COLLATE "C", so this is the domain's byte-wise order). */
export const listCards = (tx: Tx, list: CardList) =>
  tx.card.findMany({ where: listWhere(list), orderBy: [{ rank: 'asc' }, { id: 'asc' }] });

/** Where a card of this list points: the sprint it is planned in, or none for the backlog. */
const placement = (list: CardList) => ({
  sprintId: list.kind === 'sprint' ? list.sprintId : null,
  boardId: null,
  columnId: null,
});

/**
 * Puts cards at the top of a list, keeping their given order, above the list's current first
 * card. The caller holds the list's lock. Writes only the moved rows.
 */
export async function prependToList(tx: Tx, list: CardList, cardIds: readonly string[]) {
  if (cardIds.length === 0) return [];
  const first = await tx.card.findFirst({ where: listWhere(list), orderBy: { rank: 'asc' }, select: { rank: true } });
  const ranks = keysBetween(null, first?.rank ?? null, cardIds.length);
  return writePlacements(
    tx,
    list,
    cardIds.map((id, i) => ({ id, rank: ranks[i]! })),
  );
}

/** Writes each card's new place in the list (and a new version: its row changed). */
export async function writePlacements(tx: Tx, list: CardList, placements: readonly { id: string; rank: string }[]) {
  const written = [];
  for (const { id, rank } of placements) {
    written.push(
      await tx.card.update({ where: { id }, data: { ...placement(list), rank, version: { increment: 1 } } }),
    );
  }
  return written;
}

/** Fresh short keys for a whole list, in the given order (its keys grew too long). */
export async function rebalanceList(tx: Tx, order: readonly string[]) {
  const keys = rebalanceKeys(order.length);
  for (const [i, id] of order.entries()) await tx.card.update({ where: { id }, data: { rank: keys[i]! } });
}
