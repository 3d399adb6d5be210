import { err, ok, type Result } from '../result.ts';
import type { CalendarDate } from './calendar.ts';
import { type SprintError, sprintError } from './errors.ts';
import { VELOCITY_WINDOW } from './limits.ts';

export interface MemberAvailability {
  memberId: string;
  /** Days this member can work on the sprint, 0..working days of the sprint, in half days. */
  availableDays: number;
}

/** A member's days as someone states them: null takes a statement back (not stated). */
export interface AvailabilityChange {
  memberId: string;
  availableDays: number | null;
}

/**
 * Validate what members stated. Half days are allowed because "off Friday afternoon" is how
 * people plan; finer fractions would be false precision.
 */
export const validateAvailability = (
  entries: readonly AvailabilityChange[],
  sprintWorkingDays: number,
): Result<AvailabilityChange[], SprintError> => {
  const seen = new Set<string>();
  for (const { memberId, availableDays } of entries) {
    if (seen.has(memberId)) {
      return err(sprintError('VALIDATION_FAILED', `Availability of member ${memberId} is given twice`, 'availability'));
    }
    seen.add(memberId);
    if (availableDays === null) continue;
    const halves = availableDays * 2;
    if (!Number.isInteger(halves) || availableDays < 0 || availableDays > sprintWorkingDays) {
      return err(
        sprintError(
          'VALIDATION_FAILED',
          `Available days must be between 0 and ${sprintWorkingDays} (the sprint's working days), in half days`,
          'availability',
        ),
      );
    }
  }
  return ok(entries.map(({ memberId, availableDays }) => ({ memberId, availableDays })));
};

export const totalAvailableDays = (availability: readonly MemberAvailability[]): number =>
  availability.reduce((sum, entry) => sum + entry.availableDays, 0);

/** What a completed sprint contributes to velocity (see SprintRecord). */
export interface SprintHistory {
  /** Only used to pick the latest sprints. */
  endDate: CalendarDate;
  completedPoints: number;
  /** Members' available days summed; null or 0 when that sprint recorded none. */
  totalAvailableDays?: number | null;
}

export interface Velocity {
  /** How many completed sprints were used: the latest VELOCITY_WINDOW, or fewer if fewer exist. */
  sprintsUsed: number;
  /** Plain mean of their completed points; null with no history. */
  averagePoints: number | null;
  /**
   * Mean over those sprints that recorded availability of completedPoints / totalAvailableDays.
   * Each sprint weighs the same, as in the plain average, so one long sprint does not dominate.
   * Null when none of them recorded availability.
   */
  pointsPerAvailableDay: number | null;
}

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

export const velocity = (completedSprints: readonly SprintHistory[]): Velocity => {
  const latest = [...completedSprints]
    .sort((a, b) => (a.endDate < b.endDate ? 1 : a.endDate > b.endDate ? -1 : 0))
    .slice(0, VELOCITY_WINDOW);
  const rates = latest
    .filter((sprint) => (sprint.totalAvailableDays ?? 0) > 0)
    .map((sprint) => sprint.completedPoints / (sprint.totalAvailableDays ?? 1));
  return {
    sprintsUsed: latest.length,
    averagePoints: mean(latest.map((sprint) => sprint.completedPoints)),
    pointsPerAvailableDay: mean(rates),
  };
};

/**
 * - 'availability': velocity.pointsPerAvailableDay × total available days of this sprint;
 * - 'average': no past sprint recorded availability, so the plain average velocity, unscaled;
 * - 'default': no completed sprint yet, so the lead's points per available day × available days.
 *   Per available day (rather than per sprint) so the default stays right when the team or the
 *   sprint length changes.
 */
export type CapacityBasis = 'availability' | 'average' | 'default';

export interface TeamCapacity {
  points: number;
  basis: CapacityBasis;
  /** The rate used; null for 'average', which has none. */
  pointsPerAvailableDay: number | null;
  totalAvailableDays: number;
  /** How many completed sprints the velocity is from (0 on the lead's default). */
  sprintsUsed: number;
}

export interface TeamCapacityInput {
  history: readonly SprintHistory[];
  availability: readonly MemberAvailability[];
  /** Lead-set points per available day, used until the board has a completed sprint. */
  defaultPointsPerAvailableDay: number;
}

export const teamCapacity = (input: TeamCapacityInput): TeamCapacity => {
  const days = totalAvailableDays(input.availability);
  const { averagePoints, pointsPerAvailableDay, sprintsUsed } = velocity(input.history);
  if (pointsPerAvailableDay !== null) {
    return {
      points: pointsPerAvailableDay * days,
      basis: 'availability',
      pointsPerAvailableDay,
      totalAvailableDays: days,
      sprintsUsed,
    };
  }
  if (averagePoints !== null) {
    return {
      points: averagePoints,
      basis: 'average',
      pointsPerAvailableDay: null,
      totalAvailableDays: days,
      sprintsUsed,
    };
  }
  const rate = input.defaultPointsPerAvailableDay;
  return {
    points: rate * days,
    basis: 'default',
    pointsPerAvailableDay: rate,
    totalAvailableDays: days,
    sprintsUsed: 0,
  };
};

/** Team capacity × the member's share of available days; 0 for a member with no stated availability. */
export const memberCapacity = (
  teamPoints: number,
  availability: readonly MemberAvailability[],
  memberId: string,
): number => {
  const total = totalAvailableDays(availability);
  const own = availability.find((entry) => entry.memberId === memberId)?.availableDays ?? 0;
  return total === 0 ? 0 : (teamPoints * own) / total;
};
