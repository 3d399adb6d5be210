import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, sprintEndDate } from './calendar.ts';
import type { SprintState } from './lifecycle.ts';
import { SPRINT_LENGTHS } from './limits.ts';
import { checkNoOverlap, type ExistingSprint } from './overlap.ts';

const sprint = (id: string, startDate: string, lengthDays: number, state: SprintState = 'planned'): ExistingSprint => ({
  id,
  startDate,
  endDate: sprintEndDate(startDate, lengthDays),
  state,
});

describe('checkNoOverlap', () => {
  const board = [
    sprint('s1', '2026-11-09', 14, 'completed'), // 11-09 … 11-22
    sprint('s2', '2026-11-23', 14, 'active'), // 11-23 … 12-06
    sprint('s3', '2026-12-14', 7), // 12-14 … 12-20
  ];

  it('accepts a sprint that starts the day after another ends or fills a gap exactly', () => {
    expect(checkNoOverlap({ startDate: '2026-12-07', endDate: '2026-12-13' }, board)).toEqual({
      ok: true,
      value: true,
    });
    expect(checkNoOverlap({ startDate: '2026-12-21', endDate: '2027-01-03' }, board).ok).toBe(true);
    expect(checkNoOverlap({ startDate: '2026-10-26', endDate: '2026-11-08' }, board).ok).toBe(true);
  });

  it('rejects sharing even one day, naming the other sprint and its dates', () => {
    expect(checkNoOverlap({ startDate: '2026-12-06', endDate: '2026-12-12' }, board)).toEqual({
      ok: false,
      error: {
        code: 'SPRINT_OVERLAP',
        field: 'startDate',
        message:
          'These dates overlap another active sprint (2026-11-23 – 2026-12-06); sprints of a board cannot overlap',
      },
    });
    const named = checkNoOverlap({ startDate: '2026-12-20', endDate: '2026-12-26' }, [
      { ...sprint('s3', '2026-12-14', 7), name: 'Holiday gifts' },
    ]);
    expect(named.ok || named.error.message).toContain('sprint "Holiday gifts" (2026-12-14 – 2026-12-20)');
  });

  it('counts completed sprints and rejects a span containing another', () => {
    const result = checkNoOverlap({ startDate: '2026-11-01', endDate: '2026-11-28' }, board);
    // s1 and s2 both clash; the earliest is named whatever the load order
    expect(result.ok || result.error.message).toContain('(2026-11-09 – 2026-11-22)');
    const reversed = checkNoOverlap({ startDate: '2026-11-01', endDate: '2026-11-28' }, [...board].reverse());
    expect(reversed).toEqual(result);
  });

  it('frees the days of a completed sprint from the day it was completed on', () => {
    const early = { ...sprint('s1', '2026-11-09', 14, 'completed'), completedOn: '2026-11-19' };
    // Completed on 11-19, it held 11-09 … 11-18: the next sprint may start that very day.
    expect(checkNoOverlap({ startDate: '2026-11-19', endDate: '2026-12-02' }, [early]).ok).toBe(true);
    const clash = checkNoOverlap({ startDate: '2026-11-18', endDate: '2026-12-01' }, [early]);
    expect(clash.ok || clash.error.message).toContain('(2026-11-09 – 2026-11-18)');
    // Completed after its end date, or on its first day.
    const late = { ...sprint('s1', '2026-11-09', 14, 'completed'), completedOn: '2026-11-25' };
    expect(checkNoOverlap({ startDate: '2026-11-22', endDate: '2026-12-05' }, [late]).ok).toBe(false);
    const none = { ...sprint('s1', '2026-11-09', 14, 'completed'), completedOn: '2026-11-09' };
    expect(checkNoOverlap({ startDate: '2026-11-09', endDate: '2026-11-22' }, [none]).ok).toBe(true);
  });

  it('excludes the sprint itself when editing, but not the others', () => {
    expect(checkNoOverlap({ id: 's3', startDate: '2026-12-10', endDate: '2026-12-16' }, board).ok).toBe(true);
    expect(checkNoOverlap({ id: 's3', startDate: '2026-12-06', endDate: '2026-12-12' }, board).ok).toBe(false);
    expect(checkNoOverlap({ startDate: '2026-12-14', endDate: '2026-12-20' }, board).ok).toBe(false);
  });

  it('keeps every board free of overlaps whatever creates and edits are tried (property)', () => {
    const op = fc.record({
      edit: fc.boolean(),
      pick: fc.nat(),
      offset: fc.integer({ min: 0, max: 120 }),
      length: fc.constantFrom(...SPRINT_LENGTHS),
    });
    /** Brute force: the sets of days two spans cover intersect. */
    const days = (s: { startDate: string; endDate: string }) => {
      const out = new Set<string>();
      for (let d = s.startDate; d <= s.endDate; d = addDays(d, 1)) out.add(d);
      return out;
    };
    const share = (a: Set<string>, b: Set<string>) => [...a].some((d) => b.has(d));

    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const board: ExistingSprint[] = [];
        let accepted = 0;
        ops.forEach(({ edit, pick, offset, length }, i) => {
          const target = edit && board.length > 0 ? board[pick % board.length] : undefined;
          const candidate = sprint(target?.id ?? `s${i}`, addDays('2026-01-05', offset), length);
          const result = checkNoOverlap(target ? candidate : { ...candidate, id: undefined }, board);
          const others = board.filter((s) => s.id !== target?.id);
          // Accepted exactly when no other sprint shares a day with it.
          expect(result.ok).toBe(!others.some((s) => share(days(s), days(candidate))));
          if (!result.ok) return;
          accepted++;
          if (target) Object.assign(target, candidate);
          else board.push(candidate);
        });
        for (const [i, a] of board.entries()) {
          for (const b of board.slice(i + 1)) expect(share(days(a), days(b))).toBe(false);
        }
        expect(board.length).toBeLessThanOrEqual(accepted);
      }),
    );
  });
});
