import { type Instant, instantMs } from './instant.ts';
import { SCRUM_TIMEBOX, type ScrumTimebox } from './limits.ts';

export interface ScrumRecordInput {
  startedAt: Instant;
  endedAt: Instant;
  /** Total time the clock was paused; excluded from the duration. */
  pausedMs?: number;
  /** Each time the walk landed on a member (stepping back to someone records them again). */
  speakers: readonly { memberId: string; startedAt: Instant }[];
  /** Cards flagged blocked when the scrum ended, in the order the review listed them. */
  blockedCards: readonly { cardId: string; reason: string }[];
  /** Column changes on the board; those outside the scrum are ignored. */
  moves: readonly { cardId: string; at: Instant }[];
}

export interface ScrumSummary {
  durationMs: number;
  /** How far past the time limit the scrum ran; 0 when on time. */
  overrunMs: number;
  /** Members whose turn came, in the order it first came, each once. */
  spoke: string[];
  blockedCardIds: string[];
  /** The reasons as they stood at this scrum, kept because the card's own reason changes later. */
  blocked: { cardId: string; reason: string }[];
  /** Cards moved between startedAt and endedAt (both included), each once, by first move. */
  movedCardIds: string[];
}

/** Ids sorted by time (stable, so equal times keep input order), each kept at its first occurrence. */
const uniqueByTime = <T>(items: readonly T[], id: (item: T) => string, at: (item: T) => number): string[] => {
  const sorted = items.map((item) => ({ id: id(item), at: at(item) })).sort((a, b) => a.at - b.at);
  return [...new Set(sorted.map((item) => item.id))];
};

/**
 * The record of a finished scrum, kept for the sprint review. Throws RangeError when it ends
 * before it starts or was paused longer than it ran: the API builds this from its own timestamps,
 * so that is a bug, not a user's mistake.
 */
export const summarizeScrum = (input: ScrumRecordInput, timebox: ScrumTimebox = SCRUM_TIMEBOX): ScrumSummary => {
  const start = instantMs(input.startedAt);
  const end = instantMs(input.endedAt);
  const pausedMs = input.pausedMs ?? 0;
  if (end < start) throw new RangeError('A scrum cannot end before it starts');
  if (!Number.isFinite(pausedMs) || pausedMs < 0 || pausedMs > end - start) {
    throw new RangeError(`Paused time must be between 0 and the scrum's length: ${pausedMs}`);
  }
  const durationMs = end - start - pausedMs;

  const blocked: ScrumSummary['blocked'] = [];
  const seen = new Set<string>();
  for (const card of input.blockedCards) {
    if (seen.has(card.cardId)) continue;
    seen.add(card.cardId);
    blocked.push({ cardId: card.cardId, reason: card.reason.trim() });
  }

  const moves = input.moves
    .map((move) => ({ cardId: move.cardId, at: instantMs(move.at) }))
    .filter((move) => move.at >= start && move.at <= end);

  return {
    durationMs,
    overrunMs: Math.max(0, durationMs - timebox.limitMs),
    spoke: uniqueByTime(
      input.speakers,
      (s) => s.memberId,
      (s) => instantMs(s.startedAt),
    ),
    blockedCardIds: blocked.map((card) => card.cardId),
    blocked,
    movedCardIds: uniqueByTime(
      moves,
      (m) => m.cardId,
      (m) => m.at,
    ),
  };
};
