const MINUTE_MS = 60_000;

/** How long a daily scrum should take. The clock warns from warnAfterMs and shows overrun past limitMs. */
export const SCRUM_TIMEBOX = { warnAfterMs: 10 * MINUTE_MS, limitMs: 15 * MINUTE_MS } as const;

export interface ScrumTimebox {
  warnAfterMs: number;
  limitMs: number;
}

/** A card is stale once it has been in its column more than this many days, unless the column says otherwise. */
export const DEFAULT_STALE_DAYS = 3;

/** Field limits for the scrum. The API's zod schemas and the web forms both read these. */
export const SCRUM_LIMITS = {
  blockedReasonMax: 300,
  staleDaysMin: 1,
  staleDaysMax: 365,
} as const;
