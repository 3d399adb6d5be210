import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { speakingOrder } from './speaking-order.ts';

const TEAM = ['ana', 'ben', 'cy', 'dee', 'eve'];
const idsArb = fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 12 });
const seedArb = fc.integer({ min: 0, max: 0xffff_ffff });

describe('speakingOrder', () => {
  it('keeps the given order when fixed, whatever the seed', () => {
    expect(speakingOrder(TEAM, 'fixed', 42)).toEqual(TEAM);
    expect(speakingOrder(TEAM, 'fixed', 7)).toEqual(TEAM);
  });

  it('drops duplicate ids, keeping the first', () => {
    expect(speakingOrder(['ana', 'ben', 'ana', 'cy', 'ben'], 'fixed', 1)).toEqual(['ana', 'ben', 'cy']);
    expect(speakingOrder(['ana', 'ana'], 'shuffled', 1)).toEqual(['ana']);
  });

  it('shuffles to known orders: every viewer and the API must compute exactly these', () => {
    // Pinned on purpose: if this fails, clients on different versions disagree on who speaks next.
    expect(speakingOrder(TEAM, 'shuffled', 42)).toEqual(['ana', 'eve', 'cy', 'ben', 'dee']);
    expect(speakingOrder(TEAM, 'shuffled', 43)).toEqual(['cy', 'ana', 'dee', 'ben', 'eve']);
    expect(speakingOrder(TEAM, 'shuffled', 0)).toEqual(['eve', 'cy', 'dee', 'ana', 'ben']);
  });

  it('handles no one and one person', () => {
    expect(speakingOrder([], 'shuffled', 3)).toEqual([]);
    expect(speakingOrder(['ana'], 'shuffled', 3)).toEqual(['ana']);
  });

  it('reads the seed as an unsigned 32-bit integer and refuses fractions', () => {
    expect(speakingOrder(TEAM, 'shuffled', -1)).toEqual(speakingOrder(TEAM, 'shuffled', 0xffff_ffff));
    expect(() => speakingOrder(TEAM, 'shuffled', 1.5)).toThrow(RangeError);
    expect(() => speakingOrder(TEAM, 'shuffled', Number.NaN)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const team = [...TEAM];
    speakingOrder(team, 'shuffled', 42);
    expect(team).toEqual(TEAM);
  });

  it('property: a permutation of the distinct ids, the same for the same seed', () => {
    fc.assert(
      fc.property(idsArb, seedArb, fc.constantFrom('fixed' as const, 'shuffled' as const), (ids, seed, mode) => {
        const order = speakingOrder(ids, mode, seed);
        expect([...order].sort()).toEqual([...new Set(ids)].sort());
        expect(speakingOrder([...ids], mode, seed)).toEqual(order);
      }),
    );
  });

  it('different seeds usually give different orders (neighbouring seeds included)', () => {
    // The shuffle depends only on the seed and the team size, so these counts are exact, not flaky.
    const team = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    let differ = 0;
    for (let seed = 0; seed < 1000; seed++) {
      if (speakingOrder(team, 'shuffled', seed).join() !== speakingOrder(team, 'shuffled', seed + 1).join()) differ++;
    }
    expect(differ).toBeGreaterThanOrEqual(990);
    const orders = new Set(Array.from({ length: 200 }, (_, seed) => speakingOrder(TEAM, 'shuffled', seed).join()));
    expect(orders.size).toBeGreaterThan(90); // of 120 possible orders of five
  });

  it('is fair: every order of three comes up about as often, and anyone may go first', () => {
    const counts = new Map<string, number>();
    for (let seed = 0; seed < 6000; seed++) {
      const key = speakingOrder(['a', 'b', 'c'], 'shuffled', seed).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(100);

    const first = new Map<string, number>();
    for (let seed = 0; seed < 5000; seed++) {
      const who = speakingOrder(TEAM, 'shuffled', seed)[0]!;
      first.set(who, (first.get(who) ?? 0) + 1);
    }
    for (const id of TEAM) expect(Math.abs((first.get(id) ?? 0) - 1000)).toBeLessThan(100);
  });
});
