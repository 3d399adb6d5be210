import { compareKeys } from '../rank/fractional-index.ts';
import { err, ok, type Result } from '../result.ts';
import type { CalendarDate } from './calendar.ts';
import { type MemberAvailability, totalAvailableDays } from './capacity.ts';
import { type CarryOverMove, planCarryOver } from './carry-over.ts';
import { type SprintError, sprintError } from './errors.ts';
import { type SprintState, transitionSprint } from './lifecycle.ts';

export interface SprintCard {
  id: string;
  /** Position in the sprint's list (fractional-index key, compared byte-wise). */
  rank: string;
  columnId: string;
  /** Null for an unestimated card: it counts 0 points. */
  points: number | null;
  assigneeId: string | null;
}

export type CarryOverChoice =
  | { to: 'backlog'; firstRank: string | null }
  | { to: 'sprint'; sprint: { id: string; state: SprintState }; firstRank: string | null };

export interface CompleteSprintInput {
  sprint: { id: string; state: SprintState; endDate: CalendarDate };
  /** The board's last column: cards in it are done, every other card is unfinished. */
  doneColumnId: string;
  /** Every card of the sprint. */
  cards: readonly SprintCard[];
  /** Stated at planning; kept in the record so later velocity can scale by it. */
  availability: readonly MemberAvailability[];
  /** The lead's choice for unfinished cards. */
  carryOver: CarryOverChoice;
}

export interface MemberRecord {
  readonly memberId: string;
  readonly committedPoints: number;
  readonly completedPoints: number;
}

/**
 * What a completed sprint keeps forever (frozen). Committed means the sprint's cards when it
 * was completed, so cards added mid-sprint count; unassigned cards count toward the team only.
 * It is also a SprintHistory, the input of velocity().
 */
export interface SprintRecord {
  readonly sprintId: string;
  readonly endDate: CalendarDate;
  readonly committedPoints: number;
  readonly completedPoints: number;
  readonly totalAvailableDays: number;
  /** Members with stated availability in their order, then other assignees by first card. */
  readonly members: readonly MemberRecord[];
  /** In sprint rank order. */
  readonly doneCardIds: readonly string[];
  readonly unfinishedCardIds: readonly string[];
}

export interface CompletedSprint {
  record: SprintRecord;
  carryOver: CarryOverMove[];
}

const invalid = (field: string, message: string): SprintError => sprintError('VALIDATION_FAILED', message, field);

export const completeSprint = (input: CompleteSprintInput): Result<CompletedSprint, SprintError> => {
  const { sprint, doneColumnId, availability, carryOver } = input;
  const next = transitionSprint(sprint.state, 'complete');
  if (!next.ok) return next;
  if (carryOver.to === 'sprint') {
    if (carryOver.sprint.id === sprint.id) {
      return err(invalid('carryOver', 'Unfinished cards cannot be carried over into the sprint being completed'));
    }
    if (carryOver.sprint.state !== 'planned') {
      return err(
        invalid('carryOver', `Unfinished cards can only go to a planned sprint, not a ${carryOver.sprint.state} one`),
      );
    }
  }
  if (new Set(input.cards.map((card) => card.id)).size !== input.cards.length) {
    return err(invalid('cards', 'A card appears twice in the sprint'));
  }

  const cards = [...input.cards].sort((a, b) => compareKeys(a.rank, b.rank) || compareKeys(a.id, b.id));
  const done = cards.filter((card) => card.columnId === doneColumnId);
  const unfinished = cards.filter((card) => card.columnId !== doneColumnId);

  const byMember = new Map<string, { committed: number; completed: number }>();
  for (const entry of availability) byMember.set(entry.memberId, { committed: 0, completed: 0 });
  let committedPoints = 0;
  let completedPoints = 0;
  for (const card of cards) {
    const points = card.points ?? 0;
    const isDone = card.columnId === doneColumnId;
    committedPoints += points;
    if (isDone) completedPoints += points;
    if (card.assigneeId === null) continue;
    const totals = byMember.get(card.assigneeId) ?? { committed: 0, completed: 0 };
    totals.committed += points;
    if (isDone) totals.completed += points;
    byMember.set(card.assigneeId, totals);
  }

  const members = [...byMember].map(([memberId, totals]) =>
    Object.freeze({ memberId, committedPoints: totals.committed, completedPoints: totals.completed }),
  );
  const record: SprintRecord = Object.freeze({
    sprintId: sprint.id,
    endDate: sprint.endDate,
    committedPoints,
    completedPoints,
    totalAvailableDays: totalAvailableDays(availability),
    members: Object.freeze(members),
    doneCardIds: Object.freeze(done.map((card) => card.id)),
    unfinishedCardIds: Object.freeze(unfinished.map((card) => card.id)),
  });
  return ok({ record, carryOver: planCarryOver(unfinished, carryOver) });
};
