import { compareKeys } from '../rank/fractional-index.ts';
import type { CalendarDate } from '../sprint/calendar.ts';
import { VELOCITY_WINDOW } from '../sprint/limits.ts';

export interface CompletedSprintFigures {
  sprintId: string;
  name: string;
  endDate: CalendarDate;
  committedPoints: number;
  completedPoints: number;
}

export interface VelocityPoint extends CompletedSprintFigures {
  /** Mean completed points of this sprint and the ones before it, up to VELOCITY_WINDOW. */
  rollingAverage: number;
}

/** Completed sprints oldest first, each with the velocity the team would have planned with after it. */
export const velocitySeries = (sprints: readonly CompletedSprintFigures[], limit = 8): VelocityPoint[] => {
  const ordered = [...sprints].sort((a, b) => compareKeys(a.endDate, b.endDate) || compareKeys(a.sprintId, b.sprintId));
  const series = ordered.map((sprint, i) => {
    const window = ordered.slice(Math.max(0, i - VELOCITY_WINDOW + 1), i + 1);
    const rollingAverage = window.reduce((sum, s) => sum + s.completedPoints, 0) / window.length;
    return { ...sprint, rollingAverage: Math.round(rollingAverage * 100) / 100 };
  });
  return series.slice(-limit);
};
