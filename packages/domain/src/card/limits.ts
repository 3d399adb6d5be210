/** Field limits for cards. The API's zod schemas and the web forms both read these. */
export const CARD_LIMITS = {
  titleMax: 200,
  descriptionMax: 10_000,
  labelMax: 40,
  labelsMax: 10,
  assigneeMax: 80,
} as const;

/** Planning-poker style scale used when a board does not set its own. */
export const DEFAULT_EFFORT_SCALE: readonly number[] = [0, 0.5, 1, 2, 3, 5, 8, 13, 20, 40];

export const COLUMN_LIMITS = {
  nameMax: 60,
  wipLimitMax: 999,
  columnsMax: 30,
} as const;

export const BOARD_LIMITS = {
  nameMax: 120,
  effortScaleMax: 20,
} as const;
