import { compareKeys } from '../rank/fractional-index.ts';
import { addDays, type CalendarDate, daysBetween, workingDays } from '../sprint/calendar.ts';

/** A sprint card as it stood after some change: its points, whether it counts, whether it is done. */
export interface BurndownCardState {
  cardId: string;
  /** Unestimated cards count 0. */
  points: number;
  /** In the sprint's scope (added mid-sprint: true from then on; removed: false). */
  inScope: boolean;
  done: boolean;
}

export interface BurndownChange extends BurndownCardState {
  /** The day (team time zone) the change happened; changes of one day apply in the given order. */
  date: CalendarDate;
}

export interface BurndownInput {
  startDate: CalendarDate;
  endDate: CalendarDate;
  holidays?: readonly CalendarDate[];
  /** Days after today have no remaining figure yet. */
  today: CalendarDate;
  /** The sprint's cards when it started. */
  initial: readonly BurndownCardState[];
  changes: readonly BurndownChange[];
}

export interface BurndownDay {
  date: CalendarDate;
  working: boolean;
  /** Points in scope and not done at the end of the day; null for days still to come. */
  remaining: number | null;
  /** Points in scope at the end of the day; null for days still to come. */
  scope: number | null;
  /** Scope at the end of the day minus scope at the end of the previous day (at the start for day 1). */
  scopeChange: number;
  /** The ideal line: committed points at the start burnt evenly over the working days. */
  ideal: number;
}

export interface Burndown {
  committedAtStart: number;
  days: BurndownDay[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

const totals = (cards: ReadonlyMap<string, BurndownCardState>) => {
  let scope = 0;
  let remaining = 0;
  for (const card of cards.values()) {
    if (!card.inScope) continue;
    scope += card.points;
    if (!card.done) remaining += card.points;
  }
  return { scope: round(scope), remaining: round(remaining) };
};

/**
 * Remaining points per calendar day of a sprint against the ideal line. The ideal drops only on
 * working days, reaching 0 at the end of the last one. Changes dated before the start count as
 * day 1's; changes after the end are ignored.
 */
export const burndown = (input: BurndownInput): Burndown => {
  const cards = new Map(input.initial.map((card) => [card.cardId, { ...card }]));
  const start = totals(cards);
  const working = new Set(workingDays(input.startDate, input.endDate, input.holidays ?? []));
  const totalWorking = working.size;
  const changes = [...input.changes].sort((a, b) => compareKeys(a.date, b.date));
  const length = daysBetween(input.startDate, input.endDate) + 1;
  const days: BurndownDay[] = [];
  let next = 0;
  let previousScope = start.scope;
  let burnt = 0;
  for (let i = 0; i < length; i++) {
    const date = addDays(input.startDate, i);
    while (next < changes.length && (changes[next]?.date ?? '') <= date) {
      const { date: _at, ...state } = changes[next] as BurndownChange;
      cards.set(state.cardId, state);
      next++;
    }
    if (working.has(date)) burnt++;
    const ideal = totalWorking === 0 ? 0 : round(start.remaining * (1 - burnt / totalWorking));
    const isWorking = working.has(date);
    if (date > input.today) {
      days.push({ date, working: isWorking, remaining: null, scope: null, scopeChange: 0, ideal });
      continue;
    }
    const now = totals(cards);
    days.push({
      date,
      working: isWorking,
      remaining: now.remaining,
      scope: now.scope,
      scopeChange: round(now.scope - previousScope),
      ideal,
    });
    previousScope = now.scope;
  }
  return { committedAtStart: start.scope, days };
};
