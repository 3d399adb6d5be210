import { type MemberAvailability, memberCapacity } from './capacity.ts';
import { NEAR_CAPACITY_RATIO } from './limits.ts';

export type MeterState = 'under' | 'near' | 'over';

export interface Meter {
  committed: number;
  capacity: number;
  /** committed / capacity; null when capacity is 0, where a ratio means nothing. */
  ratio: number | null;
  state: MeterState;
}

export interface MemberMeter extends Meter {
  memberId: string;
}

export interface PlannedCard {
  id: string;
  /** Null for a card not estimated yet: it counts 0 and is listed so the lead can estimate it. */
  points: number | null;
  assigneeId: string | null;
}

export interface CapacityMeter {
  team: Meter;
  /** Members with stated availability in their order, then assignees without any (capacity 0). */
  members: MemberMeter[];
  unestimatedCardIds: string[];
}

/** The meter only warns: being over capacity never blocks planning. Exactly full is 'near'. */
export const meterReading = (committed: number, capacity: number): Meter => {
  const ratio = capacity > 0 ? committed / capacity : null;
  const state: MeterState =
    committed > capacity ? 'over' : ratio !== null && ratio >= NEAR_CAPACITY_RATIO ? 'near' : 'under';
  return { committed, capacity, ratio, state };
};

export interface CapacityMeterInput {
  /** Team capacity in points, from teamCapacity(). */
  capacity: number;
  availability: readonly MemberAvailability[];
  /** Cards planned into the sprint. Unassigned cards count toward the team only. */
  cards: readonly PlannedCard[];
}

export const capacityMeter = (input: CapacityMeterInput): CapacityMeter => {
  const committedBy = new Map<string, number>();
  for (const entry of input.availability) committedBy.set(entry.memberId, 0);
  let teamCommitted = 0;
  const unestimatedCardIds: string[] = [];
  for (const card of input.cards) {
    if (card.points === null) unestimatedCardIds.push(card.id);
    const points = card.points ?? 0;
    teamCommitted += points;
    if (card.assigneeId !== null) {
      committedBy.set(card.assigneeId, (committedBy.get(card.assigneeId) ?? 0) + points);
    }
  }
  const members = [...committedBy].map(([memberId, committed]) => ({
    memberId,
    ...meterReading(committed, memberCapacity(input.capacity, input.availability, memberId)),
  }));
  return { team: meterReading(teamCommitted, input.capacity), members, unestimatedCardIds };
};
