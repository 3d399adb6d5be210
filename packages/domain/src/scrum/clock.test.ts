import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatScrumClock, scrumClock } from './clock.ts';
import { SCRUM_TIMEBOX } from './limits.ts';

const START = '2026-03-02T09:00:00.000Z';
const START_MS = Date.parse(START);
/** `now` as an ISO timestamp, m minutes s seconds ms milliseconds after START. */
const at = (m: number, s = 0, ms = 0) => new Date(START_MS + m * 60_000 + s * 1000 + ms).toISOString();

describe('SCRUM_TIMEBOX', () => {
  it('warns after 10 minutes and ends after 15', () => {
    expect(SCRUM_TIMEBOX).toEqual({ warnAfterMs: 600_000, limitMs: 900_000 });
  });
});

describe('scrumClock', () => {
  it('counts down from 15:00 while running', () => {
    expect(scrumClock(START, START)).toEqual({
      elapsedMs: 0,
      remainingMs: 900_000,
      state: 'running',
      display: '15:00',
    });
    expect(scrumClock(START, at(0, 0, 1)).display).toBe('15:00');
    expect(scrumClock(START, at(0, 1)).display).toBe('14:59');
    expect(scrumClock(START, at(9, 59, 999))).toEqual({
      elapsedMs: 599_999,
      remainingMs: 300_001,
      state: 'running',
      display: '05:01',
    });
  });

  it('warns from exactly 10:00', () => {
    expect(scrumClock(START, at(10))).toEqual({
      elapsedMs: 600_000,
      remainingMs: 300_000,
      state: 'warning',
      display: '05:00',
    });
    expect(scrumClock(START, at(14, 59, 1)).display).toBe('00:01');
  });

  it('is not yet overrun at exactly 15:00, but is 1 ms later', () => {
    expect(scrumClock(START, at(15))).toEqual({
      elapsedMs: 900_000,
      remainingMs: 0,
      state: 'warning',
      display: '00:00',
    });
    expect(scrumClock(START, at(15, 0, 1))).toEqual({
      elapsedMs: 900_001,
      remainingMs: -1,
      state: 'overrun',
      display: '+00:01',
    });
  });

  it('counts the overrun up with a plus sign, minutes past 59 included', () => {
    expect(scrumClock(START, at(16, 5)).display).toBe('+01:05');
    expect(scrumClock(START, at(75)).display).toBe('+60:00');
    expect(scrumClock(START, at(135, 30)).display).toBe('+120:30');
  });

  it('stands still for paused time', () => {
    expect(scrumClock(START, at(20), 6 * 60_000)).toEqual({
      elapsedMs: 840_000,
      remainingMs: 60_000,
      state: 'warning',
      display: '01:00',
    });
    expect(scrumClock(START, at(20), 20 * 60_000).state).toBe('running');
  });

  it('shows 0 elapsed to a viewer whose clock is behind the start', () => {
    expect(scrumClock(START, at(0, -3))).toEqual({
      elapsedMs: 0,
      remainingMs: 900_000,
      state: 'running',
      display: '15:00',
    });
  });

  it('agrees across zones and epoch milliseconds', () => {
    expect(scrumClock('2026-03-02T10:00:00+01:00', '2026-03-02T09:10:00Z').state).toBe('warning');
    expect(scrumClock(START_MS, START_MS + 900_001).display).toBe('+00:01');
  });

  it('takes another timebox', () => {
    const timebox = { warnAfterMs: 5 * 60_000, limitMs: 8 * 60_000 };
    expect(scrumClock(START, at(5), 0, timebox).state).toBe('warning');
    expect(scrumClock(START, at(8, 1), 0, timebox)).toMatchObject({ state: 'overrun', display: '+00:01' });
  });

  it('throws on programming errors: negative pause, inverted timebox, bad instants', () => {
    expect(() => scrumClock(START, at(1), -1)).toThrow(RangeError);
    expect(() => scrumClock(START, at(1), Number.NaN)).toThrow(RangeError);
    expect(() => scrumClock(START, at(1), 0, { warnAfterMs: 10, limitMs: 5 })).toThrow(RangeError);
    expect(() => scrumClock('2026-03-02T09:00:00', at(1))).toThrow(RangeError);
  });

  it('property: elapsed + remaining is the limit, state follows elapsed, display follows remaining', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -60_000, max: 3 * 3_600_000 }),
        fc.integer({ min: 0, max: 3_600_000 }),
        (offset, paused) => {
          const clock = scrumClock(START_MS, START_MS + offset, paused);
          expect(clock.elapsedMs).toBe(Math.max(0, offset - paused));
          expect(clock.elapsedMs + clock.remainingMs).toBe(900_000);
          const expected = clock.elapsedMs > 900_000 ? 'overrun' : clock.elapsedMs >= 600_000 ? 'warning' : 'running';
          expect(clock.state).toBe(expected);
          const match = /^(\+?)(\d{2,}):([0-5]\d)$/.exec(clock.display);
          expect(match).not.toBeNull();
          const [, sign, mm, ss] = match!;
          expect(sign === '+').toBe(clock.state === 'overrun');
          expect(Number(mm) * 60 + Number(ss)).toBe(Math.ceil(Math.abs(clock.remainingMs) / 1000));
        },
      ),
    );
  });

  it('property: the clock never goes back and its state only escalates', () => {
    const rank = { running: 0, warning: 1, overrun: 2 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_600_000 }), fc.integer({ min: 0, max: 3_600_000 }), (a, b) => {
        const [early, late] = [
          scrumClock(START_MS, START_MS + Math.min(a, b)),
          scrumClock(START_MS, START_MS + Math.max(a, b)),
        ];
        expect(late.elapsedMs).toBeGreaterThanOrEqual(early.elapsedMs);
        expect(rank[late.state]).toBeGreaterThanOrEqual(rank[early.state]);
      }),
    );
  });
});

describe('formatScrumClock', () => {
  it('rounds whole seconds away from zero, so 00:00 is the limit itself', () => {
    const cases: [number, string][] = [
      [0, '00:00'],
      [1, '00:01'],
      [999, '00:01'],
      [1000, '00:01'],
      [1001, '00:02'],
      [59_000, '00:59'],
      [60_000, '01:00'],
      [900_000, '15:00'],
      [-1, '+00:01'],
      [-1000, '+00:01'],
      [-61_000, '+01:01'],
    ];
    for (const [remaining, display] of cases) expect(formatScrumClock(remaining)).toBe(display);
  });
});
