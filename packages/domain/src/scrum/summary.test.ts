import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeScrum } from './summary.ts';

const at = (time: string) => `2026-03-02T${time}Z`;

describe('summarizeScrum', () => {
  it('records duration, overrun, who spoke, blocked cards and cards moved during the scrum', () => {
    const summary = summarizeScrum({
      startedAt: at('09:00:00'),
      endedAt: at('09:17:30'),
      speakers: [
        { memberId: 'ana', startedAt: at('09:00:05') },
        { memberId: 'ben', startedAt: at('09:03:00') },
        { memberId: 'ana', startedAt: at('09:05:00') }, // the lead stepped back to Ana
        { memberId: 'cy', startedAt: at('09:07:00') },
      ],
      blockedCards: [
        { cardId: 'c7', reason: ' Waiting on legal ' },
        { cardId: 'c2', reason: 'No budget code' },
      ],
      moves: [
        { cardId: 'c1', at: at('08:59:59') }, // before the scrum
        { cardId: 'c4', at: at('09:00:00') },
        { cardId: 'c3', at: at('09:10:00') },
        { cardId: 'c4', at: at('09:12:00') },
        { cardId: 'c5', at: at('09:17:30') },
        { cardId: 'c6', at: at('09:17:31') }, // after it
      ],
    });
    expect(summary).toEqual({
      durationMs: 1_050_000,
      overrunMs: 150_000,
      spoke: ['ana', 'ben', 'cy'],
      blockedCardIds: ['c7', 'c2'],
      blocked: [
        { cardId: 'c7', reason: 'Waiting on legal' },
        { cardId: 'c2', reason: 'No budget code' },
      ],
      movedCardIds: ['c4', 'c3', 'c5'],
    });
  });

  it('orders speakers and moves by time, whatever order they arrive in', () => {
    const summary = summarizeScrum({
      startedAt: at('09:00:00'),
      endedAt: at('09:10:00'),
      speakers: [
        { memberId: 'cy', startedAt: at('09:06:00') },
        { memberId: 'ana', startedAt: at('09:00:00') },
        { memberId: 'ben', startedAt: at('09:03:00') },
      ],
      blockedCards: [],
      moves: [
        { cardId: 'c2', at: at('09:08:00') },
        { cardId: 'c1', at: at('09:09:00') },
        { cardId: 'c2', at: at('09:01:00') },
      ],
    });
    expect(summary.spoke).toEqual(['ana', 'ben', 'cy']);
    expect(summary.movedCardIds).toEqual(['c2', 'c1']);
  });

  it('has no overrun up to exactly 15 minutes, and excludes pauses', () => {
    const base = { startedAt: at('09:00:00'), speakers: [], blockedCards: [], moves: [] };
    expect(summarizeScrum({ ...base, endedAt: at('09:15:00') })).toMatchObject({ durationMs: 900_000, overrunMs: 0 });
    expect(summarizeScrum({ ...base, endedAt: at('09:15:00.001') })).toMatchObject({
      durationMs: 900_001,
      overrunMs: 1,
    });
    expect(summarizeScrum({ ...base, endedAt: at('09:20:00'), pausedMs: 6 * 60_000 })).toMatchObject({
      durationMs: 840_000,
      overrunMs: 0,
    });
  });

  it('lists a blocked card once, with the first reason given', () => {
    const summary = summarizeScrum({
      startedAt: at('09:00:00'),
      endedAt: at('09:05:00'),
      speakers: [],
      blockedCards: [
        { cardId: 'c1', reason: 'Vendor late' },
        { cardId: 'c1', reason: 'Something else' },
      ],
      moves: [],
    });
    expect(summary.blocked).toEqual([{ cardId: 'c1', reason: 'Vendor late' }]);
    expect(summary.blockedCardIds).toEqual(['c1']);
  });

  it('throws when the scrum ends before it starts or was paused longer than it ran', () => {
    const base = { speakers: [], blockedCards: [], moves: [] };
    expect(() => summarizeScrum({ ...base, startedAt: at('09:10:00'), endedAt: at('09:00:00') })).toThrow(RangeError);
    expect(() =>
      summarizeScrum({ ...base, startedAt: at('09:00:00'), endedAt: at('09:01:00'), pausedMs: 60_001 }),
    ).toThrow(RangeError);
    expect(() => summarizeScrum({ ...base, startedAt: at('09:00:00'), endedAt: at('09:01:00'), pausedMs: -1 })).toThrow(
      RangeError,
    );
  });

  it('property: every list is unique; spoke and moved cover exactly what happened, first occurrence first', () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e');
    const t = fc.integer({ min: 0, max: 2_000_000 });
    fc.assert(
      fc.property(
        t,
        t,
        fc.array(fc.record({ memberId: id, startedAt: t })),
        fc.array(fc.record({ cardId: id, reason: fc.string({ minLength: 1, maxLength: 5 }) })),
        fc.array(fc.record({ cardId: id, at: t })),
        (a, b, speakers, blockedCards, moves) => {
          const [startedAt, endedAt] = [Math.min(a, b), Math.max(a, b)];
          const summary = summarizeScrum({ startedAt, endedAt, speakers, blockedCards, moves });
          for (const list of [summary.spoke, summary.blockedCardIds, summary.movedCardIds]) {
            expect(new Set(list).size).toBe(list.length);
          }
          expect(new Set(summary.spoke)).toEqual(new Set(speakers.map((s) => s.memberId)));
          expect(new Set(summary.blockedCardIds)).toEqual(new Set(blockedCards.map((c) => c.cardId)));
          const during = moves.filter((m) => m.at >= startedAt && m.at <= endedAt);
          expect(new Set(summary.movedCardIds)).toEqual(new Set(during.map((m) => m.cardId)));
          const firstAt = (cardId: string) => Math.min(...during.filter((m) => m.cardId === cardId).map((m) => m.at));
          const times = summary.movedCardIds.map(firstAt);
          expect(times).toEqual([...times].sort((x, y) => x - y));
          expect(summary.durationMs).toBe(endedAt - startedAt);
          expect(summary.overrunMs).toBe(Math.max(0, endedAt - startedAt - 900_000));
        },
      ),
    );
  });
});
