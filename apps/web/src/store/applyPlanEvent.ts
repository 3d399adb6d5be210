import type { BoardEvent, PlannedCard, Sprint } from '@echoboard/contracts';
import { compareKeys } from '@echoboard/domain';
import type { PlanList } from './planLists.ts';
import type { PlanningData } from './planningSlice.ts';

export type PlanLists = Pick<PlanningData, 'planCardsById' | 'planIds' | 'planSprintId' | 'boardSprints'>;

/** Inserts a card id into a list kept in rank order (ties by id, as the server orders them). */
function insertByRank(ids: string[], card: PlannedCard, cardsById: Record<string, PlannedCard>): string[] {
  const at = ids.findIndex((id) => {
    const other = cardsById[id];
    return other !== undefined && (compareKeys(card.rank, other.rank) || compareKeys(card.id, other.id)) < 0;
  });
  const next = [...ids];
  next.splice(at === -1 ? next.length : at, 0, card.id);
  return next;
}

function withoutCard(data: PlanLists, cardId: string): PlanLists {
  if (!data.planCardsById[cardId]) return data;
  const { [cardId]: _gone, ...planCardsById } = data.planCardsById;
  const planIds = {
    backlog: data.planIds.backlog.filter((id) => id !== cardId),
    sprint: data.planIds.sprint.filter((id) => id !== cardId),
  };
  return { ...data, planCardsById, planIds };
}

const byStart = (a: Sprint, b: Sprint) => a.startDate.localeCompare(b.startDate);

/**
 * Applies one board event to the planning page's lists. Plan events carry whole card rows, so this
 * is idempotent, and applied in seq order it yields the server's lists: a card lands in the
 * backlog (no sprint), in the shown sprint's plan, or leaves the page (another sprint, the board).
 */
export function applyPlanEvent(data: PlanLists, event: BoardEvent): PlanLists {
  switch (event.type) {
    case 'plan.upserted': {
      const { card } = event;
      const list: PlanList | null =
        card.sprintId === null ? 'backlog' : card.sprintId === data.planSprintId ? 'sprint' : null;
      const rest = withoutCard(data, card.id);
      if (!list) return rest;
      const planCardsById = { ...rest.planCardsById, [card.id]: card };
      const planIds = { ...rest.planIds, [list]: insertByRank(rest.planIds[list], card, planCardsById) };
      return { ...rest, planCardsById, planIds };
    }
    case 'plan.removed':
      return withoutCard(data, event.cardId);
    case 'card.upserted':
      // A planned card reaching the board (its sprint started) leaves the planning lists.
      return withoutCard(data, event.card.id);
    case 'sprint.updated': {
      const others = data.boardSprints.filter((sp) => sp.id !== event.sprint.id);
      return { ...data, boardSprints: [...others, event.sprint].sort(byStart) };
    }
    case 'sprint.deleted':
      return { ...data, boardSprints: data.boardSprints.filter((sp) => sp.id !== event.sprintId) };
    default:
      return data;
  }
}

/** Whether the event changes what the shown sprint's capacity meter reads (its cards, or the sprint). */
export function touchesPlanSprint(before: PlanLists, event: BoardEvent): boolean {
  const sprintId = before.planSprintId;
  if (!sprintId) return false;
  switch (event.type) {
    case 'plan.upserted':
      return event.card.sprintId === sprintId || before.planIds.sprint.includes(event.card.id);
    case 'plan.removed':
      return before.planIds.sprint.includes(event.cardId);
    case 'sprint.updated':
      return event.sprint.id === sprintId;
    default:
      return false;
  }
}
