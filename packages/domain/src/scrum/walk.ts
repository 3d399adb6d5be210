/**
 * Where the scrum is in its walk through the team. `index` is −1 before the first speaker,
 * 0 … order.length − 1 while someone speaks, and order.length for the closing review of
 * blocked cards. The walk is shared state: every viewer derives the step from it.
 */
export interface SpeakerWalk {
  order: readonly string[];
  index: number;
}

export type WalkDirection = 'next' | 'previous';

export type ScrumStep =
  | { kind: 'not-started' }
  /** position is 1-based, for "2 of 6". */
  | { kind: 'speaker'; memberId: string; position: number; total: number }
  | { kind: 'blocked-review' };

export const NOT_STARTED_INDEX = -1;

/** A walk over this order, before its first speaker. */
export const startWalk = (order: readonly string[]): SpeakerWalk => ({ order, index: NOT_STARTED_INDEX });

/** The index within bounds: shared state can outlive a shrinking order (a member removed mid-scrum). */
const boundedIndex = (walk: SpeakerWalk): number => {
  if (!Number.isInteger(walk.index)) throw new RangeError(`Walk index must be an integer: ${walk.index}`);
  return Math.min(Math.max(walk.index, NOT_STARTED_INDEX), walk.order.length);
};

/**
 * One step forward or back. It stops at both ends rather than wrapping: 'previous' before the
 * first speaker and 'next' on the review step leave the walk where it is.
 */
export const walkSpeakers = (walk: SpeakerWalk, direction: WalkDirection): SpeakerWalk => {
  const index = boundedIndex(walk);
  const target = direction === 'next' ? Math.min(index + 1, walk.order.length) : Math.max(index - 1, NOT_STARTED_INDEX);
  return target === walk.index ? walk : { order: walk.order, index: target };
};

export const scrumStep = (walk: SpeakerWalk): ScrumStep => {
  const index = boundedIndex(walk);
  if (index === NOT_STARTED_INDEX) return { kind: 'not-started' };
  const memberId = walk.order[index];
  if (memberId === undefined) return { kind: 'blocked-review' };
  return { kind: 'speaker', memberId, position: index + 1, total: walk.order.length };
};

/** The member whose turn it is, or null before the first and during the blocked-card review. */
export const currentSpeaker = (walk: SpeakerWalk): string | null => {
  const step = scrumStep(walk);
  return step.kind === 'speaker' ? step.memberId : null;
};
