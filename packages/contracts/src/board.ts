import { BOARD_LIMITS, CARD_LIMITS, COLUMN_LIMITS } from '@echoboard/domain';
import { z } from 'zod';
import { CardStats, LabelColors } from './card-extras.ts';
import { CalendarDate, Id, Timestamp } from './common.ts';

const trimmed = (max: number, what: string) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

// ---------- responses ----------

/** What every card has, wherever it is (board, sprint plan or backlog). */
const cardFields = {
  id: Id,
  teamId: Id,
  /** The sprint the card is planned in or belongs to; null for backlog cards and cards outside sprints. */
  sprintId: Id.nullable(),
  title: z.string(),
  description: z.string(),
  effort: z.number().nullable(),
  labels: z.array(z.string()),
  dueDate: CalendarDate.nullable(),
  /** Free text: someone outside the team. */
  assignee: z.string().nullable(),
  /** A member of the team (user id); capacity and the scrum walk go by this. */
  assigneeId: Id.nullable(),
  /** Fractional-index key within its list (column, sprint plan or backlog), compared byte-wise. Server-computed. */
  rank: z.string(),
  version: z.number().int(),
  /** Set while the card is blocked. */
  blockedReason: z.string().nullable(),
  blockedAt: Timestamp.nullable(),
  /** When the card entered its current column (its age in the daily scrum). */
  columnEnteredAt: Timestamp,
  /** Shown to end users on the sprint's feedback page. */
  shareable: z.boolean(),
  /** The end-user feedback this card was accepted from. */
  sourceFeedbackId: Id.nullable(),
  /** The campaign the card serves. */
  campaignId: Id.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** A card on a board. */
export const Card = z.object({ ...cardFields, boardId: Id, columnId: Id }).meta({ id: 'Card' });
export type Card = z.infer<typeof Card>;

/** A card that is not on a board: in the team's backlog, or planned in a sprint that has not started. */
export const PlannedCard = z
  .object({ ...cardFields, boardId: z.null(), columnId: z.null() })
  .meta({ id: 'PlannedCard' });
export type PlannedCard = z.infer<typeof PlannedCard>;

export const Column = z
  .object({
    id: Id,
    boardId: Id,
    name: z.string(),
    wipLimit: z.number().int().nullable(),
    /** Hard: a move that would exceed the limit is refused with WIP_LIMIT_EXCEEDED; soft: only warned. */
    wipHard: z.boolean(),
    /** Cards older than this many days in the column are stale in the daily scrum; null: never. */
    staleDays: z.number().int().nullable(),
    rank: z.string(),
  })
  .meta({ id: 'Column' });
export type Column = z.infer<typeof Column>;

export const ColumnWithCards = Column.extend({ cards: z.array(Card) }).meta({ id: 'ColumnWithCards' });
export type ColumnWithCards = z.infer<typeof ColumnWithCards>;

export const BoardSummary = z
  .object({
    id: Id,
    teamId: Id,
    name: z.string(),
    createdAt: Timestamp,
    cardCount: z.number().int(),
  })
  .meta({ id: 'BoardSummary' });
export type BoardSummary = z.infer<typeof BoardSummary>;

export const Board = z
  .object({
    id: Id,
    teamId: Id,
    name: z.string(),
    effortScale: z.array(z.number()),
    createdAt: Timestamp,
    /**
     * The board's latest event seq when it was read (same snapshot as the columns and cards):
     * open GET /api/boards/:boardId/events?after=<seq> to follow it without missing or repeating.
     */
    seq: z.number().int().min(0),
    columns: z.array(ColumnWithCards),
    /** Label name → colour name (see LabelColor), set by a lead or brought by an import. */
    labelColors: LabelColors,
    /** Checklist progress and comment count of the board's cards that have any, by card id. */
    cardStats: z.record(z.string(), CardStats),
  })
  .meta({ id: 'Board', description: 'A board with its columns in order, each with its cards in order' });
export type Board = z.infer<typeof Board>;

// ---------- requests ----------

export const BoardParams = z.object({ boardId: Id });
export const ColumnParams = z.object({ columnId: Id });
export const CardParams = z.object({ cardId: Id });
/** DELETE /api/cards/:cardId?version=: the version the client last saw; a stale one gets 409 VERSION_CONFLICT. */
export const DeleteCardQuery = z.object({ version: z.coerce.number().int().min(1).optional() });

export const CreateBoardBody = z.strictObject({
  /** The team the board belongs to; only its leads may create boards. */
  teamId: Id,
  name: trimmed(BOARD_LIMITS.nameMax, 'Board name'),
});
export type CreateBoardBody = z.infer<typeof CreateBoardBody>;

export const UpdateBoardBody = z.strictObject({
  name: trimmed(BOARD_LIMITS.nameMax, 'Board name'),
});
export type UpdateBoardBody = z.infer<typeof UpdateBoardBody>;

export const ListBoardsQuery = z.strictObject({
  /** Only this team's boards. */
  teamId: Id.optional(),
});

const WipLimit = z
  .number({ message: 'WIP limit must be a whole number or null' })
  .int('WIP limit must be a whole number')
  .min(1, 'WIP limit must be at least 1 (or null for no limit)')
  .max(COLUMN_LIMITS.wipLimitMax, `WIP limit must be at most ${COLUMN_LIMITS.wipLimitMax}`)
  .nullable();

export const CreateColumnBody = z.strictObject({
  name: trimmed(COLUMN_LIMITS.nameMax, 'Column name'),
  wipLimit: WipLimit.optional(),
  /** Hard limit: cards that would exceed it are refused (leads). Default false: only warned. */
  wipHard: z.boolean().optional(),
  /**
   * Put the new column right after this one; null puts it first. Absent: just before the done
   * column (the last one), which stays last; on a board without columns it is the first.
   */
  afterColumnId: Id.nullable().optional(),
});
export type CreateColumnBody = z.infer<typeof CreateColumnBody>;

export const UpdateColumnBody = z
  .strictObject({
    name: trimmed(COLUMN_LIMITS.nameMax, 'Column name').optional(),
    wipLimit: WipLimit.optional(),
    /** Hard limit: cards that would exceed it are refused with WIP_LIMIT_EXCEEDED (leads). */
    wipHard: z.boolean().optional(),
    /** Reorder: place the column right after this one; null moves it first. */
    afterColumnId: Id.nullable().optional(),
    /** Days in the column after which a card is stale in the daily scrum; null: never (leads). */
    staleDays: z.number({ message: 'Stale days must be a whole number or null' }).nullable().optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export type UpdateColumnBody = z.infer<typeof UpdateColumnBody>;

export const DeleteColumnQuery = z.strictObject({
  /** Move the column's cards to the end of this column first, then delete. */
  moveCardsTo: Id.optional(),
});

const Title = trimmed(CARD_LIMITS.titleMax, 'Title');
const Description = z
  .string()
  .max(CARD_LIMITS.descriptionMax, `Description must be at most ${CARD_LIMITS.descriptionMax} characters`);
const Effort = z.number({ message: 'Effort must be a number or null' }).nullable();
const Labels = z
  .array(trimmed(CARD_LIMITS.labelMax, 'A label'))
  .max(CARD_LIMITS.labelsMax, `At most ${CARD_LIMITS.labelsMax} labels`);
const Assignee = trimmed(CARD_LIMITS.assigneeMax, 'Assignee').nullable();

/** Fields a person edits on any card, wherever it is. */
export const cardInputFields = {
  title: Title,
  description: Description.optional(),
  effort: Effort.optional(),
  labels: Labels.optional(),
  dueDate: CalendarDate.nullable().optional(),
  assignee: Assignee.optional(),
  /** A member of the card's team, or null; anyone else is refused with MEMBER_NOT_FOUND. */
  assigneeId: Id.nullable().optional(),
  shareable: z.boolean().optional(),
  /** A campaign of the card's team, or null. */
  campaignId: Id.nullable().optional(),
};

export const CreateCardBody = z.strictObject({ columnId: Id, ...cardInputFields });
export type CreateCardBody = z.infer<typeof CreateCardBody>;

export const UpdateCardBody = z
  .strictObject({
    ...cardInputFields,
    title: Title.optional(),
    /** The version the client last saw; a stale one gets 409 VERSION_CONFLICT. */
    version: z.number().int().min(1).optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), { message: 'Send at least one field to change' });
export type UpdateCardBody = z.infer<typeof UpdateCardBody>;

export const MoveCardBody = z.strictObject({
  toColumnId: Id,
  /** The card that will sit directly above the moved card; null when it goes first. */
  afterCardId: Id.nullable().optional(),
  /** The card that will sit directly below the moved card; null when it goes last. */
  beforeCardId: Id.nullable().optional(),
  version: z.number().int().min(1).optional(),
});
export type MoveCardBody = z.infer<typeof MoveCardBody>;

export const Health = z.object({ status: z.literal('ok'), database: z.enum(['embedded', 'postgres']) });
export type Health = z.infer<typeof Health>;
