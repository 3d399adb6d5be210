export type SpeakingOrderMode = 'fixed' | 'shuffled';

/**
 * mulberry32: a tiny 32-bit PRNG, plenty for shuffling ten names. It is part of a contract:
 * the API and every browser shuffle with it from the same shared seed and must agree, so
 * changing it reorders a scrum in progress for anyone on another version.
 */
const mulberry32 = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

/**
 * The order in which members speak. 'fixed' keeps the given order (e.g. the team list);
 * 'shuffled' is a Fisher–Yates shuffle driven by `seed`, so the lead stores one number when the
 * scrum starts and every viewer derives the same order from it. Duplicate ids are dropped, the
 * first kept. The seed is read as an unsigned 32-bit integer (so -1 and 2³²−1 are the same seed).
 */
export const speakingOrder = (memberIds: readonly string[], mode: SpeakingOrderMode, seed: number): string[] => {
  if (!Number.isInteger(seed)) throw new RangeError(`Seed must be an integer: ${seed}`);
  const order = [...new Set(memberIds)];
  if (mode === 'fixed') return order;
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
};
