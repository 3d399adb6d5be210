import { z } from 'zod';
import { Card, Column, PlannedCard } from './board.ts';
import { CardStats, LabelColors } from './card-extras.ts';
import { Id, Timestamp } from './common.ts';
import { Scrum } from './scrum.ts';
import { Sprint } from './sprint.ts';

/**
 * What changed on a board, in the order it happened. Every change a request commits appends one
 * or more of these with the board's next sequence number (per board, gap-free), in the same
 * transaction as the change itself. Card and column events carry the whole row as it is after the
 * change, so applying them is idempotent and replaying a board's stream yields the database's state.
 */
const base = {
  seq: z.number().int().positive(),
  boardId: Id,
  at: Timestamp,
  actor: z.object({ userId: Id, name: z.string() }).nullable(),
};

export const BoardEvent = z
  .discriminatedUnion('type', [
    z.object({
      ...base,
      type: z.literal('card.upserted'),
      /**
       * What the person did, for notices like "Priya moved Landing page copy". `reordered`: the
       * card only got a new key when a move rebalanced its column; nobody moved it.
       */
      action: z.enum(['created', 'edited', 'moved', 'reordered']),
      card: Card,
    }),
    z.object({ ...base, type: z.literal('card.deleted'), cardId: Id }),
    z.object({ ...base, type: z.literal('column.upserted'), column: Column }),
    z.object({ ...base, type: z.literal('column.deleted'), columnId: Id }),
    z.object({ ...base, type: z.literal('board.updated'), name: z.string() }),
    /** A card's checklist or comments changed: its new progress and count. */
    z.object({ ...base, type: z.literal('card.stats'), cardId: Id, stats: CardStats }),
    /** A lead changed the board's label colours: all of them, as they are now. */
    z.object({ ...base, type: z.literal('labels.updated'), labelColors: LabelColors }),
    /** A sprint of the board was created, edited, started or completed (cards follow as card events). */
    z.object({ ...base, type: z.literal('sprint.updated'), sprint: Sprint }),
    z.object({ ...base, type: z.literal('sprint.deleted'), sprintId: Id }),
    /**
     * A card of the planning page's lists (the team's backlog: sprintId null; or a planned sprint's
     * plan) as it is now. Recorded on the sprint's board, and for backlog cards on every board of
     * the team, since each board's planning page shows the backlog.
     */
    z.object({
      ...base,
      type: z.literal('plan.upserted'),
      /** As for card.upserted: `reordered` when a move rebalanced the card's list around it. */
      action: z.enum(['created', 'edited', 'moved', 'reordered']),
      card: PlannedCard,
    }),
    /** A backlog or planned card was deleted (recorded on the boards that showed it). */
    z.object({ ...base, type: z.literal('plan.removed'), cardId: Id }),
    z.object({ ...base, type: z.literal('board.deleted') }),
    /** Many cards arrived at once (an import): viewers reload the board rather than get one event per card. */
    z.object({
      ...base,
      type: z.literal('board.imported'),
      source: z.enum(['trello', 'csv']),
      cards: z.number().int(),
      /** The cards that joined the board's running sprint, as its burndown counts them; absent: none. */
      sprintCards: z.array(z.object({ id: Id, columnId: Id, effort: z.number().nullable() })).optional(),
    }),
    /** The board's daily scrum started, walked on or ended (an ended one carries its summary); null: none runs. */
    z.object({ ...base, type: z.literal('scrum.updated'), scrum: Scrum.nullable() }),
  ])
  .meta({ id: 'BoardEvent' });
export type BoardEvent = z.infer<typeof BoardEvent>;

/** Who has the board open right now, and which card each of them is dragging. */
export const Presence = z
  .object({
    boardId: Id,
    viewers: z.array(z.object({ userId: Id, name: z.string(), draggingCardId: Id.nullable() })),
  })
  .meta({ id: 'Presence' });
export type Presence = z.infer<typeof Presence>;

export const EventsQuery = z.strictObject({
  /** The last sequence number the client has applied; the stream starts right after it. */
  after: z.coerce.number().int().min(0).optional(),
});

export const PresenceBody = z.strictObject({ draggingCardId: Id.nullable() });

/**
 * Server-sent events on GET /api/boards/:boardId/events:
 * - `event: board`, `id: <seq>`, data a BoardEvent;
 * - `event: presence`, data a Presence;
 * - `event: reset`: the client is too far behind (or the board's history was trimmed): reload the
 *   board, then reconnect with its seq.
 * A reconnecting EventSource sends Last-Event-ID, which the server treats like `after`.
 */
export const SSE_EVENTS = { board: 'board', presence: 'presence', reset: 'reset', ended: 'ended' } as const;
