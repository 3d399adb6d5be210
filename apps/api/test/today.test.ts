import { describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/sprints/today.ts';

describe('todayIn', () => {
  const instant = new Date('2030-01-07T23:30:00Z');

  it("is the calendar date at that instant in the team's zone", () => {
    expect(todayIn('UTC', instant)).toBe('2030-01-07');
    expect(todayIn('Europe/Berlin', instant)).toBe('2030-01-08');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2030-01-07');
    expect(todayIn('Pacific/Kiritimati', new Date('2030-01-07T10:00:00Z'))).toBe('2030-01-08');
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(todayIn('Mars/Olympus_Mons', instant)).toBe('2030-01-07');
  });
});
