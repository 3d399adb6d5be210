import type { PlannedCard, Sprint, SprintDetail } from '@echoboard/contracts';
import { listHolding, withIdAt } from './dragOrder.ts';

// The planning page's two lists as plain data, and the pure steps the planning slice and its drag
// take on them: where a card is, where a move puts it, and how a refused move is undone.

/** The two lists of the planning page: the team's backlog and the chosen planned sprint's plan. */
export type PlanList = 'backlog' | 'sprint';

/** What a drag snapshots at pick-up and a refused move goes back to. */
export interface PlanSnapshot {
  planCardsById: Record<string, PlannedCard>;
  planIds: Record<PlanList, string[]>;
}

export interface PlanCommand {
  cardId: string;
  to: PlanList;
  afterCardId: string | null;
  beforeCardId: string | null;
}

export const isPlanned = (card: SprintDetail['cards'][number]): card is PlannedCard => card.columnId === null;

/** The planning list a card is in according to the current order (which a drag preview may have changed). */
export const listOfCard = (s: Pick<PlanSnapshot, 'planIds'>, cardId: string): PlanList | undefined =>
  listHolding(s.planIds, cardId);

/** The planned sprints a lead can plan into, in the order given (the board's sprints are kept by start). */
export const plannedSprints = (sprints: Sprint[]) => sprints.filter((sp) => sp.state === 'planned');

/**
 * The lists while a card is dragged to `index` of a list (clamped to it), or null when the card is
 * in neither. Nothing is saved.
 */
export function previewedPlan(
  s: Pick<PlanSnapshot, 'planIds'>,
  cardId: string,
  to: PlanList,
  index: number,
): Pick<PlanSnapshot, 'planIds'> | null {
  const from = listOfCard(s, cardId);
  if (!from) return null;
  return { planIds: withIdAt(s.planIds, from, to, cardId, index) };
}

/** The lists with the card taken out of wherever it was and put between its new neighbours. */
export function placeInList(planIds: Record<PlanList, string[]>, command: PlanCommand): Record<PlanList, string[]> {
  const next = {
    backlog: planIds.backlog.filter((id) => id !== command.cardId),
    sprint: planIds.sprint.filter((id) => id !== command.cardId),
  };
  const list = next[command.to];
  let at = list.length;
  if (command.afterCardId && list.includes(command.afterCardId)) at = list.indexOf(command.afterCardId) + 1;
  else if (command.beforeCardId && list.includes(command.beforeCardId)) at = list.indexOf(command.beforeCardId);
  else if (command.afterCardId === null && command.beforeCardId !== null) at = 0;
  list.splice(at, 0, command.cardId);
  return next;
}

/**
 * A refused move puts the card back where it was before the drag, keeping whatever others changed
 * meanwhile (events held during the drag are applied at the drop). If the card itself changed, its
 * event already put it where it now is.
 */
export function putBack(current: PlanSnapshot, before: PlanSnapshot, cardId: string): PlanSnapshot {
  const was = before.planCardsById[cardId];
  const from = listOfCard(before, cardId);
  if (!was || !from || current.planCardsById[cardId]?.version !== was.version) return current;
  const ids = before.planIds[from];
  const at = ids.indexOf(cardId);
  const command = { cardId, to: from, afterCardId: ids[at - 1] ?? null, beforeCardId: ids[at + 1] ?? null };
  return { planCardsById: current.planCardsById, planIds: placeInList(current.planIds, command) };
}

/** A sprint's row without the detail its page reads with it (cards, availability, meter). */
export function stripDetail(detail: SprintDetail): Sprint {
  const { cards: _cards, availability: _availability, capacity: _capacity, progress: _progress, ...sprint } = detail;
  return sprint;
}
