import { describe, expect, it } from 'vitest';
import { velocitySeries } from './velocity-series.ts';

const sprint = (n: number, completed: number) => ({
  sprintId: `s${n}`,
  name: `Sprint ${n}`,
  endDate: `2026-0${n}-15`,
  committedPoints: 20,
  completedPoints: completed,
});

describe('velocitySeries', () => {
  it('orders sprints by end date and averages the last three', () => {
    const series = velocitySeries([sprint(3, 18), sprint(1, 12), sprint(4, 24), sprint(2, 15)]);
    expect(series.map((p) => p.name)).toEqual(['Sprint 1', 'Sprint 2', 'Sprint 3', 'Sprint 4']);
    expect(series.map((p) => p.rollingAverage)).toEqual([12, 13.5, 15, 19]);
  });

  it('keeps only the latest sprints', () => {
    const series = velocitySeries(
      [1, 2, 3, 4, 5].map((n) => sprint(n, n)),
      2,
    );
    expect(series.map((p) => p.sprintId)).toEqual(['s4', 's5']);
    expect(series.map((p) => p.rollingAverage)).toEqual([3, 4]);
  });
});
