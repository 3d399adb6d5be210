/** Sprint lengths a lead may pick: one to four whole weeks, so every sprint starts on the same weekday. */
export const SPRINT_LENGTHS = [7, 14, 21, 28] as const;

export type SprintLength = (typeof SPRINT_LENGTHS)[number];

export const DEFAULT_SPRINT_LENGTH: SprintLength = 14;

/** Field limits for sprints. The API's zod schemas and the web forms both read these. */
export const SPRINT_LIMITS = {
  nameMax: 120,
  goalMax: 500,
} as const;

/** Committed points at or above this share of capacity turn the meter to 'near'. */
export const NEAR_CAPACITY_RATIO = 0.9;

/** How many of the latest completed sprints feed the velocity. */
export const VELOCITY_WINDOW = 3;
