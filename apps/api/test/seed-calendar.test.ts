import { addDays, dayOfWeek, isWeekend } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { demoCalendar } from '../src/db/seed-calendar.ts';

describe('demoCalendar', () => {
  // One week, Monday 2026-12-07 to Sunday 2026-12-13, at a few times of day.
  const week = Array.from({ length: 7 }, (_, i) => addDays('2026-12-07', i));
  const moments = week.flatMap((date) => ['00:05', '07:00', '18:30'].map((time) => new Date(`${date}T${time}:00Z`)));

  it('runs the sprint from a Monday two to eight days back, after the one that completed that morning', () => {
    for (const now of moments) {
      const calendar = demoCalendar(now);
      expect(dayOfWeek(calendar.start)).toBe(1);
      const back = (now.getTime() - calendar.startedAt.getTime()) / 86_400_000;
      expect(back).toBeGreaterThan(1);
      expect(back).toBeLessThan(9);
      expect(calendar.previousStart).toBe(addDays(calendar.start, -14));
      expect(calendar.previousCompletedAt.getTime()).toBeLessThan(calendar.startedAt.getTime());
    }
    expect(demoCalendar(new Date('2026-12-09T07:00:00Z')).start).toBe('2026-12-07');
    // Early in the week, the sprint that started the week before, so it has some history.
    expect(demoCalendar(new Date('2026-12-08T07:00:00Z')).start).toBe('2026-11-30');
  });

  it('puts the work of the last three working days after the start, in order, never on a weekend', () => {
    for (const now of moments) {
      const calendar = demoCalendar(now);
      const days = [2, 1, 0].flatMap((daysAgo) => [calendar.workday(daysAgo), calendar.workday(daysAgo, 1)]);
      for (const at of days) {
        expect(isWeekend(at.toISOString().slice(0, 10))).toBe(false);
        expect(at.getTime()).toBeGreaterThan(calendar.startedAt.getTime());
        expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
      }
      expect(days.map((at) => at.getTime())).toEqual(days.map((at) => at.getTime()).sort((a, b) => a - b));
    }
    // On a weekday the latest working day is today, now; on a weekend it is Friday.
    const wednesday = new Date('2026-12-09T07:00:00Z');
    expect(demoCalendar(wednesday).workday(0)).toEqual(wednesday);
    expect(demoCalendar(new Date('2026-12-12T07:00:00Z')).workday(0).toISOString().slice(0, 10)).toBe('2026-12-11');
  });

  it('dates the sprint before on its working days, and what end users said after it completed', () => {
    for (const now of moments) {
      const calendar = demoCalendar(now);
      const worked = Array.from({ length: 10 }, (_, n) => calendar.previousWorkday(n));
      expect(worked.every((date) => !isWeekend(date))).toBe(true);
      expect(worked[0]).toBe(calendar.previousStart);
      expect(worked[9]! < calendar.start).toBe(true);
      const said = calendar.sinceCompletion(0.02).getTime();
      expect(said).toBeGreaterThan(calendar.previousCompletedAt.getTime());
      expect(calendar.sinceCompletion(0.95).getTime()).toBeLessThan(now.getTime());
    }
  });
});
