import { SPRINT_LENGTHS, SPRINT_LIMITS } from '@echoboard/domain';
import { z } from 'zod';
import { Card, cardInputFields, PlannedCard } from './board.ts';
import { CalendarDate, Id, Timestamp } from './common.ts';

/*
 * Sprints and the team backlog. Where a card lives:
 * - backlog: teamId set, sprintId null, no board/column (PlannedCard);
 * - planned in a sprint that has not started: sprintId set, no board/column (PlannedCard);
 * - on the board: boardId + columnId set (Card); sprintId is the active sprint when it joined it;
 * - done in a completed sprint: stays linked by sprintId and leaves the board (PlannedCard).
 * Lists (backlog, a sprint's plan, a column) are ranked by fractional keys the server computes.
 */

export const SprintState = z.enum(['planned', 'active', 'completed']);
export type SprintState = z.infer<typeof SprintState>;

export const Meter = z.object({
  committed: z.number(),
  capacity: z.number(),
  /** committed / capacity; null when capacity is 0. */
  ratio: z.number().nullable(),
  /** 'near' from 90 % of capacity; 'over' only warns, never blocks. */
  state: z.enum(['under', 'near', 'over']),
});
export type Meter = z.infer<typeof Meter>;

export const CapacityMeter = z
  .object({
    /** How the team's capacity was reckoned (see the domain's teamCapacity). */
    basis: z.enum(['availability', 'average', 'default']),
    pointsPerAvailableDay: z.number().nullable(),
    totalAvailableDays: z.number(),
    /** How many completed sprints the velocity is from (up to the domain's VELOCITY_WINDOW; 0 on the default). */
    sprintsUsed: z.number().int(),
    team: Meter,
    members: z.array(Meter.extend({ memberId: Id })),
    unestimatedCardIds: z.array(Id),
  })
  .meta({ id: 'CapacityMeter' });
export type CapacityMeter = z.infer<typeof CapacityMeter>;

/** Frozen when a sprint completes (the domain's SprintRecord). */
export const SprintRecord = z
  .object({
    committedPoints: z.number(),
    completedPoints: z.number(),
    totalAvailableDays: z.number(),
    members: z.array(z.object({ memberId: Id, committedPoints: z.number(), completedPoints: z.number() })),
    doneCardIds: z.array(Id),
    unfinishedCardIds: z.array(Id),
  })
  .meta({ id: 'SprintRecord' });
export type SprintRecord = z.infer<typeof SprintRecord>;

export const Sprint = z
  .object({
    id: Id,
    boardId: Id,
    teamId: Id,
    name: z.string(),
    goal: z.string(),
    startDate: CalendarDate,
    lengthDays: z.number().int(),
    /** Last day, inclusive. */
    endDate: CalendarDate,
    holidays: z.array(CalendarDate),
    workingDays: z.number().int(),
    state: SprintState,
    startedAt: Timestamp.nullable(),
    completedAt: Timestamp.nullable(),
    /** Points of the sprint's cards (unestimated count 0). */
    committedPoints: z.number(),
    cardCount: z.number().int(),
    /** Only for completed sprints. */
    record: SprintRecord.nullable(),
  })
  .meta({ id: 'Sprint' });
export type Sprint = z.infer<typeof Sprint>;

export const Availability = z.object({
  memberId: Id,
  /** 0 .. the sprint's working days, in half days. */
  availableDays: z.number(),
});
export type Availability = z.infer<typeof Availability>;

/** GET /api/sprints/:sprintId: the sprint with its cards and the planning meter. */
export const SprintDetail = Sprint.extend({
  /** Planned sprint: its plan (PlannedCard, ranked); active or completed: its cards wherever they are. */
  cards: z.array(z.union([Card, PlannedCard])),
  availability: z.array(Availability),
  capacity: CapacityMeter,
  /** Today in the team's time zone, and where the sprint stands (active sprints). */
  progress: z
    .object({
      today: CalendarDate,
      day: z.number().int(),
      of: z.number().int(),
      daysLeft: z.number().int(),
      workingDaysLeft: z.number().int(),
      state: z.enum(['not-started', 'in-progress', 'ended']),
    })
    .nullable(),
}).meta({ id: 'SprintDetail' });
export type SprintDetail = z.infer<typeof SprintDetail>;

/** GET /api/teams/:teamId/backlog */
export const Backlog = z
  .object({ teamId: Id, cards: z.array(PlannedCard) })
  .meta({ id: 'Backlog', description: "The team's backlog, ranked (first = most important)" });
export type Backlog = z.infer<typeof Backlog>;

// ---------- requests ----------

export const SprintParams = z.object({ sprintId: Id });
export const SprintCardParams = z.object({ sprintId: Id, cardId: Id });

const SprintName = z
  .string()
  .trim()
  .min(1, 'Sprint name is required')
  .max(SPRINT_LIMITS.nameMax, `Sprint name must be at most ${SPRINT_LIMITS.nameMax} characters`);
const SprintGoal = z
  .string()
  .trim()
  .max(SPRINT_LIMITS.goalMax, `Sprint goal must be at most ${SPRINT_LIMITS.goalMax} characters`);
const LengthDays = z
  .number()
  .int()
  .refine((n) => (SPRINT_LENGTHS as readonly number[]).includes(n), {
    message: `Sprint length must be ${SPRINT_LENGTHS.join(', ')} days`,
  });

/** POST /api/boards/:boardId/sprints (leads). The domain checks dates, holidays and overlap. */
export const CreateSprintBody = z.strictObject({
  name: SprintName,
  goal: SprintGoal.optional(),
  startDate: CalendarDate,
  /** Default 14. */
  lengthDays: LengthDays.optional(),
  holidays: z.array(CalendarDate).max(28).optional(),
});
export type CreateSprintBody = z.infer<typeof CreateSprintBody>;

/** PATCH /api/sprints/:sprintId (leads): dates only while planned; name and goal any time before completion. */
export const UpdateSprintBody = CreateSprintBody.partial().refine((b) => Object.keys(b).length > 0, {
  message: 'Send at least one of name, goal, startDate, lengthDays, holidays',
});
export type UpdateSprintBody = z.infer<typeof UpdateSprintBody>;

/** PUT /api/sprints/:sprintId/availability: each member's days (leads for anyone, members for themselves). */
/** A member's stated days, or null to take the statement back (not stated). */
export const AvailabilityChange = Availability.extend({ availableDays: z.number().nullable() });
export type AvailabilityChange = z.infer<typeof AvailabilityChange>;
/** PUT /api/sprints/:sprintId/availability: the members listed change; the others keep theirs. */
export const AvailabilityBody = z.strictObject({ availability: z.array(AvailabilityChange).max(10) });
export type AvailabilityBody = z.infer<typeof AvailabilityBody>;

/**
 * POST /api/cards/:cardId/plan — put a card into a planned sprint's list (sprintId) or back into the
 * backlog (sprintId null), next to the named neighbours in that list. Cards on a board cannot be
 * planned (CARD_NOT_ON_BOARD's opposite: 409 INVALID_MOVE).
 */
export const PlanCardBody = z.strictObject({
  sprintId: Id.nullable(),
  afterCardId: Id.nullable().optional(),
  beforeCardId: Id.nullable().optional(),
  version: z.number().int().min(1).optional(),
});
export type PlanCardBody = z.infer<typeof PlanCardBody>;

/** POST /api/sprints/:sprintId/start (leads); an empty body starts it with its planned dates. */
export const StartSprintBody = z.strictObject({
  /**
   * Move its dates to start today (the team's time zone), keeping its length; holidays outside the
   * new dates are dropped. For a sprint started before or after its planned start date.
   */
  startToday: z.boolean().optional(),
});
export type StartSprintBody = z.infer<typeof StartSprintBody>;

/** POST /api/sprints/:sprintId/complete (leads): where unfinished cards go. */
export const CompleteSprintBody = z.strictObject({
  carryOver: z.discriminatedUnion('to', [
    z.strictObject({ to: z.literal('backlog') }),
    z.strictObject({ to: z.literal('sprint'), sprintId: Id }),
  ]),
});
export type CompleteSprintBody = z.infer<typeof CompleteSprintBody>;

export const ListSprintsQuery = z.strictObject({ state: SprintState.optional() });

/** PATCH /api/boards/:boardId/planning (leads): capacity default until the board has completed sprints. */
export const PlanningSettingsBody = z.strictObject({
  defaultPointsPerDay: z.number().min(0).max(100),
});

/** POST /api/teams/:teamId/backlog: a new card at the bottom of the backlog (or the top with `top`). */
export const CreateBacklogCardBody = z.strictObject({ ...cardInputFields, top: z.boolean().optional() });
export type CreateBacklogCardBody = z.infer<typeof CreateBacklogCardBody>;
