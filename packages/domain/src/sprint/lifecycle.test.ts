import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canDeleteSprint,
  canStartSprint,
  datesStartingOn,
  type SprintAction,
  type SprintState,
  transitionSprint,
} from './lifecycle.ts';

const states: SprintState[] = ['planned', 'active', 'completed'];
const actions: SprintAction[] = ['start', 'complete'];

describe('transitionSprint', () => {
  it('goes planned → active → completed', () => {
    expect(transitionSprint('planned', 'start')).toEqual({ ok: true, value: 'active' });
    expect(transitionSprint('active', 'complete')).toEqual({ ok: true, value: 'completed' });
  });

  it('rejects every other pair', () => {
    expect(transitionSprint('planned', 'complete')).toEqual({
      ok: false,
      error: { code: 'INVALID_SPRINT_TRANSITION', message: 'Cannot complete a sprint that is planned' },
    });
    expect(transitionSprint('active', 'start')).toEqual({
      ok: false,
      error: { code: 'INVALID_SPRINT_TRANSITION', message: 'Cannot start a sprint that is active' },
    });
    for (const action of actions) expect(transitionSprint('completed', action).ok).toBe(false);
  });

  it('never leaves completed, never goes back, whatever the actions (property)', () => {
    const rank: Record<SprintState, number> = { planned: 0, active: 1, completed: 2 };
    fc.assert(
      fc.property(
        fc.constantFrom(...states),
        fc.array(fc.constantFrom(...actions), { maxLength: 20 }),
        (start, seq) => {
          let state = start;
          for (const action of seq) {
            const result = transitionSprint(state, action);
            if (state === 'completed') expect(result.ok).toBe(false);
            if (result.ok) {
              expect(rank[result.value]).toBe(rank[state] + 1);
              state = result.value;
            }
          }
        },
      ),
    );
  });
});

describe('canStartSprint', () => {
  const planned = { id: 's2', state: 'planned' as const };

  it('starts a planned sprint when none is active', () => {
    const others = [{ id: 's1', state: 'completed' as const }, { id: 's3', state: 'planned' as const }, planned];
    expect(canStartSprint(planned, others)).toEqual({ ok: true, value: 'active' });
  });

  it('refuses while another sprint of the board is active', () => {
    expect(canStartSprint(planned, [{ id: 's1', state: 'active', name: 'Launch' }])).toEqual({
      ok: false,
      error: {
        code: 'SPRINT_ALREADY_ACTIVE',
        message: 'Sprint "Launch" is already active on this board; complete it first',
      },
    });
    expect(canStartSprint(planned, [{ id: 's1', state: 'active' }]).ok).toBe(false);
  });

  it('refuses a sprint that is not planned, before looking at the others', () => {
    const result = canStartSprint({ id: 's1', state: 'completed' }, [{ id: 's9', state: 'active' }]);
    expect(result.ok || result.error.code).toBe('INVALID_SPRINT_TRANSITION');
  });

  it('keeps at most one active sprint per board over any sequence of starts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5), fc.constantFrom(...actions)), { maxLength: 30 }), (steps) => {
        const board = Array.from({ length: 6 }, (_, i) => ({ id: `s${i}`, state: 'planned' as SprintState }));
        for (const [i, action] of steps) {
          const sprint = board[i];
          if (sprint === undefined) continue;
          const result = action === 'start' ? canStartSprint(sprint, board) : transitionSprint(sprint.state, action);
          if (result.ok) sprint.state = result.value;
          expect(board.filter((s) => s.state === 'active').length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('canDeleteSprint', () => {
  it('deletes (cancels) only planned sprints', () => {
    expect(canDeleteSprint({ id: 's1', state: 'planned' })).toEqual({ ok: true, value: true });
    expect(canDeleteSprint({ id: 's1', state: 'active' })).toEqual({
      ok: false,
      error: { code: 'INVALID_SPRINT_TRANSITION', message: 'Cannot delete a sprint that is active' },
    });
    expect(canDeleteSprint({ id: 's1', state: 'completed' }).ok).toBe(false);
  });
});

describe('datesStartingOn', () => {
  it('moves the sprint to start on the day, keeping its length and the holidays still inside it', () => {
    const sprint = { lengthDays: 14, holidays: ['2026-12-11', '2026-12-24', '2026-12-25'] };
    expect(datesStartingOn(sprint, '2026-12-07')).toEqual({
      startDate: '2026-12-07',
      endDate: '2026-12-20',
      holidays: ['2026-12-11'],
    });
    // Started late: the days before the start are no longer the sprint's.
    expect(datesStartingOn(sprint, '2026-12-12')).toEqual({
      startDate: '2026-12-12',
      endDate: '2026-12-25',
      holidays: ['2026-12-24', '2026-12-25'],
    });
  });
});
