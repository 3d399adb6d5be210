import { SCRUM_LIMITS } from '@echoboard/domain';
import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/*
 * The daily scrum on a board: a timeboxed walk through the team, one member at a time. Every
 * viewer renders the clock from `startedAt` and its own clock corrected by the server's `now`.
 */

export const ScrumOrderMode = z.enum(['fixed', 'shuffled']);
export type ScrumOrderMode = z.infer<typeof ScrumOrderMode>;

/** The record of a finished scrum for the sprint review (the domain's ScrumSummary, plus names kept as they were). */
export const ScrumSummary = z
  .object({
    durationMs: z.number().int().min(0),
    overrunMs: z.number().int().min(0),
    spoke: z.array(Id),
    blockedCardIds: z.array(Id),
    blocked: z.array(z.object({ cardId: Id, reason: z.string() })),
    movedCardIds: z.array(Id),
    /** Card titles at the end of the scrum: the review still reads them after a card is renamed or deleted. */
    cardTitles: z.record(z.string(), z.string()),
  })
  .meta({ id: 'ScrumSummary' });
export type ScrumSummary = z.infer<typeof ScrumSummary>;

export const Scrum = z
  .object({
    id: Id,
    boardId: Id,
    /** The sprint that was active when the scrum started. */
    sprintId: Id.nullable(),
    startedById: Id.nullable(),
    startedAt: Timestamp,
    /** Null while it runs. */
    endedAt: Timestamp.nullable(),
    orderMode: ScrumOrderMode,
    /** Member ids in speaking order. */
    order: z.array(Id),
    /** −1 before the first speaker, order.length for the closing review of blocked cards. */
    speakerIndex: z.number().int(),
    /** Each time the walk landed on a member. */
    speakers: z.array(z.object({ memberId: Id, startedAt: Timestamp })),
    /** Display names of the members in `order` (and of anyone who spoke), by id. */
    names: z.record(z.string(), z.string()),
    /** When the board's scrum before this one started: cards changed since then are marked. */
    previousScrumAt: Timestamp.nullable(),
    summary: ScrumSummary.nullable(),
  })
  .meta({ id: 'Scrum' });
export type Scrum = z.infer<typeof Scrum>;

export const ScrumState = z
  .object({
    /** The running scrum (or, in the answer to ending one, the scrum just ended); null when none runs. */
    scrum: Scrum.nullable(),
    /**
     * The board event seq this state includes: a viewer ignores scrum.updated events up to it.
     * 0 when the request changed nothing.
     */
    seq: z.number().int().min(0),
    /** When the board's latest finished scrum started (what "changed since the last scrum" compares with). */
    previousScrumAt: Timestamp.nullable(),
    /** The server's clock when it answered, so every viewer's timer agrees. */
    now: Timestamp,
  })
  .meta({ id: 'ScrumState' });
export type ScrumState = z.infer<typeof ScrumState>;

export const StartScrumBody = z.strictObject({
  orderMode: ScrumOrderMode.default('fixed'),
  /** Fixed order as given (team members only); absent: every member, by name. */
  order: z.array(Id).min(1, 'Name at least one member').max(50).optional(),
});
export type StartScrumBody = z.input<typeof StartScrumBody>;

export const WalkScrumBody = z.strictObject({ direction: z.enum(['next', 'previous']) });
export type WalkScrumBody = z.infer<typeof WalkScrumBody>;

export const BlockCardBody = z.strictObject({
  /** Why the card is blocked; trimmed, required. */
  reason: z.string().max(SCRUM_LIMITS.blockedReasonMax * 2, 'Blocked reason is too long'),
});
export type BlockCardBody = z.infer<typeof BlockCardBody>;
