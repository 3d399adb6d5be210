import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberCapacity, type SprintHistory, teamCapacity, validateAvailability, velocity } from './capacity.ts';

// Rates 0.75, 1 and 1.25 points per available day; the oldest sprint must be ignored.
const history: SprintHistory[] = [
  { endDate: '2026-10-18', completedPoints: 20, totalAvailableDays: 20 },
  { endDate: '2026-09-20', completedPoints: 100, totalAvailableDays: 10 },
  { endDate: '2026-11-01', completedPoints: 25, totalAvailableDays: 20 },
  { endDate: '2026-10-04', completedPoints: 30, totalAvailableDays: 40 },
];
const availability = [
  { memberId: 'ana', availableDays: 10 },
  { memberId: 'ben', availableDays: 8 },
  { memberId: 'cy', availableDays: 2 },
];

describe('velocity', () => {
  it('averages the last three completed sprints, whatever order they come in', () => {
    expect(velocity(history)).toEqual({ sprintsUsed: 3, averagePoints: 25, pointsPerAvailableDay: 1 });
  });

  it('uses fewer sprints when fewer exist, and nothing with no history', () => {
    expect(velocity(history.slice(0, 1))).toEqual({ sprintsUsed: 1, averagePoints: 20, pointsPerAvailableDay: 1 });
    expect(velocity([])).toEqual({ sprintsUsed: 0, averagePoints: null, pointsPerAvailableDay: null });
  });

  it('takes the rate only from sprints that recorded availability', () => {
    const mixed = [
      { endDate: '2026-10-04', completedPoints: 30, totalAvailableDays: 40 },
      { endDate: '2026-10-18', completedPoints: 20, totalAvailableDays: null },
      { endDate: '2026-11-01', completedPoints: 25, totalAvailableDays: 20 },
      { endDate: '2026-11-15', completedPoints: 7, totalAvailableDays: 0 },
    ];
    // latest three: 11-15 (no data), 11-01 (1.25), 10-18 (no data)
    expect(velocity(mixed)).toEqual({ sprintsUsed: 3, averagePoints: 52 / 3, pointsPerAvailableDay: 1.25 });
  });

  it('averages exactly the three latest sprints (property)', () => {
    const sprintArb = fc.record({
      endDate: fc.integer({ min: 10, max: 28 }).map((d) => `2026-02-${d}`),
      completedPoints: fc.integer({ min: 0, max: 100 }),
      totalAvailableDays: fc.option(fc.integer({ min: 1, max: 100 })),
    });
    fc.assert(
      fc.property(fc.uniqueArray(sprintArb, { selector: (s) => s.endDate, maxLength: 10 }), (sprints) => {
        const v = velocity(sprints);
        const cutoff =
          sprints
            .map((s) => s.endDate)
            .sort()
            .reverse()[2] ?? '';
        const latest = sprints.filter((s) => s.endDate >= cutoff);
        expect(v.sprintsUsed).toBe(latest.length);
        if (latest.length === 0) expect(v.averagePoints).toBeNull();
        else expect(v.averagePoints).toBeCloseTo(latest.reduce((t, s) => t + s.completedPoints, 0) / latest.length, 9);
        const rates = latest.flatMap((s) => (s.totalAvailableDays ? [s.completedPoints / s.totalAvailableDays] : []));
        if (rates.length === 0) expect(v.pointsPerAvailableDay).toBeNull();
        else expect(v.pointsPerAvailableDay).toBeCloseTo(rates.reduce((t, r) => t + r, 0) / rates.length, 9);
      }),
    );
  });
});

describe('teamCapacity', () => {
  it('scales the rate of recent sprints by this sprint’s available days', () => {
    expect(teamCapacity({ history, availability, defaultPointsPerAvailableDay: 3 })).toEqual({
      points: 20,
      basis: 'availability',
      pointsPerAvailableDay: 1,
      totalAvailableDays: 20,
      sprintsUsed: 3,
    });
    const halfTeam = [{ memberId: 'ana', availableDays: 10 }];
    expect(teamCapacity({ history, availability: halfTeam, defaultPointsPerAvailableDay: 3 }).points).toBe(10);
  });

  it('falls back to the plain average when no past sprint recorded availability', () => {
    const bare = history.map(({ endDate, completedPoints }) => ({ endDate, completedPoints }));
    expect(teamCapacity({ history: bare, availability, defaultPointsPerAvailableDay: 3 })).toEqual({
      points: 25,
      basis: 'average',
      pointsPerAvailableDay: null,
      totalAvailableDays: 20,
      sprintsUsed: 3,
    });
  });

  it('uses the lead’s points per available day with no history', () => {
    expect(teamCapacity({ history: [], availability, defaultPointsPerAvailableDay: 1.5 })).toEqual({
      points: 30,
      basis: 'default',
      pointsPerAvailableDay: 1.5,
      totalAvailableDays: 20,
      sprintsUsed: 0,
    });
    expect(teamCapacity({ history: [], availability: [], defaultPointsPerAvailableDay: 1.5 }).points).toBe(0);
  });
});

describe('memberCapacity', () => {
  it('gives each member the team capacity times their share of available days', () => {
    expect(['ana', 'ben', 'cy', 'dee'].map((id) => memberCapacity(20, availability, id))).toEqual([10, 8, 2, 0]);
    expect(memberCapacity(20, [{ memberId: 'ana', availableDays: 0 }], 'ana')).toBe(0);
  });

  it('shares add up to the team capacity (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.uniqueArray(
          fc.record({ memberId: fc.string(), availableDays: fc.integer({ min: 0, max: 40 }).map((h) => h / 2) }),
          {
            selector: (entry) => entry.memberId,
            maxLength: 12,
          },
        ),
        (team, members) => {
          const sum = members.reduce((total, m) => total + memberCapacity(team, members, m.memberId), 0);
          const days = members.reduce((total, m) => total + m.availableDays, 0);
          expect(sum).toBeCloseTo(days === 0 ? 0 : team, 6);
        },
      ),
    );
  });
});

describe('validateAvailability', () => {
  it('accepts 0 to the working days, in half days', () => {
    expect(
      validateAvailability(
        [
          { memberId: 'ana', availableDays: 9.5 },
          { memberId: 'ben', availableDays: 0 },
        ],
        10,
      ),
    ).toEqual({
      ok: true,
      value: [
        { memberId: 'ana', availableDays: 9.5 },
        { memberId: 'ben', availableDays: 0 },
      ],
    });
    expect(validateAvailability([{ memberId: 'ana', availableDays: 10 }], 10).ok).toBe(true);
  });

  it("accepts null, which takes a member's statement back, but not for a member given twice", () => {
    const back = [
      { memberId: 'ana', availableDays: null },
      { memberId: 'ben', availableDays: 3 },
    ];
    expect(validateAvailability(back, 10)).toEqual({ ok: true, value: back });
    const twice = validateAvailability(
      [
        { memberId: 'ana', availableDays: null },
        { memberId: 'ana', availableDays: 2 },
      ],
      10,
    );
    expect(twice.ok || twice.error.message).toBe('Availability of member ana is given twice');
  });

  it('rejects more than the working days, negatives, odd fractions and repeated members', () => {
    for (const availableDays of [10.5, -1, 0.25, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(validateAvailability([{ memberId: 'ana', availableDays }], 10)).toEqual({
        ok: false,
        error: {
          code: 'VALIDATION_FAILED',
          field: 'availability',
          message: "Available days must be between 0 and 10 (the sprint's working days), in half days",
        },
      });
    }
    const twice = validateAvailability(
      [
        { memberId: 'ana', availableDays: 1 },
        { memberId: 'ana', availableDays: 2 },
      ],
      10,
    );
    expect(twice.ok || twice.error.message).toBe('Availability of member ana is given twice');
  });
});
