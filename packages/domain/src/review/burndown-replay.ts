import { doneColumnId } from '../column/done.ts';
import type { CalendarDate } from '../sprint/calendar.ts';
import type { BurndownCardState, BurndownChange } from './burndown.ts';

/** What the burndown is computed from: the sprint's cards when it started, then each change. */
export interface BurndownHistory {
  initial: BurndownCardState[];
  changes: BurndownChange[];
}

/** One thing a board's history says happened, as the burndown reads it. */
export type BurndownStep =
  | { kind: 'card'; cardId: string; columnId: string; points: number; inSprint: boolean }
  | { kind: 'card-gone'; cardId: string }
  | { kind: 'column'; column: { id: string; rank: string } }
  | { kind: 'column-gone'; columnId: string };

export interface DatedBurndownStep {
  step: BurndownStep;
  /** The day (team time zone) it happened. */
  date: CalendarDate;
  /** Part of the sprint's start (its columns and cards as it started), not a change after it. */
  atStart: boolean;
}

/**
 * Replays a running sprint's history, from its start, into the burndown's input. A card counts as
 * done in the board's done column of the moment (its last column): the start's steps give the
 * columns, and a later column change that makes another column the done one changes the cards'
 * state from then on, not before. A history whose start gives no columns (sprints started before
 * starts recorded them) goes by `doneColumnId`, today's done column, throughout.
 */
export function replayBurndown(
  steps: readonly DatedBurndownStep[],
  options: { doneColumnId: string | null },
): BurndownHistory {
  const cards = new Map<string, BurndownCardState>();
  const columnOf = new Map<string, string>();
  const columns = new Map<string, { id: string; rank: string }>();
  let tracksColumns = false;
  let doneId = options.doneColumnId;
  let initial: BurndownCardState[] | null = null;
  const changes: BurndownChange[] = [];
  const note = (state: BurndownCardState, date: CalendarDate) => {
    const wasInScope = cards.get(state.cardId)?.inScope ?? false;
    cards.set(state.cardId, state);
    if (initial !== null && (wasInScope || state.inScope)) changes.push({ ...state, date });
  };
  for (const { step, date, atStart } of steps) {
    if (initial === null && !atStart) initial = inScope(cards);
    switch (step.kind) {
      case 'card':
        columnOf.set(step.cardId, step.columnId);
        note(
          { cardId: step.cardId, points: step.points, inScope: step.inSprint, done: step.columnId === doneId },
          date,
        );
        break;
      case 'card-gone': {
        const before = cards.get(step.cardId);
        if (before) note({ ...before, inScope: false }, date);
        break;
      }
      case 'column':
      case 'column-gone': {
        if (initial === null) tracksColumns = true;
        if (!tracksColumns) break;
        if (step.kind === 'column') columns.set(step.column.id, step.column);
        else columns.delete(step.columnId);
        const next = doneColumnId([...columns.values()]);
        if (next === doneId) break;
        doneId = next;
        for (const card of [...cards.values()]) {
          const done = columnOf.get(card.cardId) === doneId;
          if (card.done !== done) note({ ...card, done }, date);
        }
        break;
      }
    }
  }
  return { initial: initial ?? inScope(cards), changes };
}

const inScope = (cards: ReadonlyMap<string, BurndownCardState>) => [...cards.values()].filter((card) => card.inScope);
