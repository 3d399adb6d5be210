import { type Instant, instantMs } from './instant.ts';
import { SCRUM_TIMEBOX, type ScrumTimebox } from './limits.ts';

export type ScrumClockState = 'running' | 'warning' | 'overrun';

export interface ScrumClock {
  /** Time the scrum has run, pauses excluded; never negative. */
  elapsedMs: number;
  /** limitMs − elapsedMs: negative once overrun. */
  remainingMs: number;
  state: ScrumClockState;
  /** Countdown 'mm:ss' ('14:59'), then '+mm:ss' counting the overrun up ('+01:05'). */
  display: string;
}

/**
 * Countdown text for a remaining time. Whole seconds are rounded away from zero, so '00:00'
 * shows at the exact limit only: while any time is left it reads at least '00:01', and once
 * any time is over it reads at least '+00:01' (never a misleading '+00:00'). Minutes grow past 59.
 */
export const formatScrumClock = (remainingMs: number): string => {
  const seconds = Math.ceil(Math.abs(remainingMs) / 1000);
  const mm = String(Math.floor(seconds / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return `${remainingMs < 0 ? '+' : ''}${mm}:${ss}`;
};

/**
 * The scrum clock every viewer renders from shared state (`startedAt`, total `pausedMs`) and its
 * own `now`. Warning from exactly warnAfterMs; overrun only strictly after limitMs (at exactly
 * 15:00 the time is up, not over). A viewer whose clock runs behind the server's sees 0 elapsed,
 * not a negative time. While paused, pass the pause so far in `pausedMs` and the clock stands still.
 */
export const scrumClock = (
  startedAt: Instant,
  now: Instant,
  pausedMs = 0,
  timebox: ScrumTimebox = SCRUM_TIMEBOX,
): ScrumClock => {
  if (!Number.isFinite(pausedMs) || pausedMs < 0) throw new RangeError(`Paused time must be ≥ 0: ${pausedMs}`);
  if (!(timebox.warnAfterMs >= 0 && timebox.warnAfterMs <= timebox.limitMs && Number.isFinite(timebox.limitMs))) {
    throw new RangeError(`Timebox must satisfy 0 ≤ warnAfterMs ≤ limitMs: ${JSON.stringify(timebox)}`);
  }
  const elapsedMs = Math.max(0, instantMs(now) - instantMs(startedAt) - pausedMs);
  const remainingMs = timebox.limitMs - elapsedMs;
  const state: ScrumClockState =
    elapsedMs > timebox.limitMs ? 'overrun' : elapsedMs >= timebox.warnAfterMs ? 'warning' : 'running';
  return { elapsedMs, remainingMs, state, display: formatScrumClock(remainingMs) };
};
