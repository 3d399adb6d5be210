import { CARD_LIMITS, CHECKLIST_LIMITS, COMMENT_LIMITS, LABEL_COLORS } from '@echoboard/domain';
import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

/*
 * What hangs off a card besides its fields: checklist items, comments, the archive, and the
 * board's label colours.
 */

// ---------- checklists ----------

export const ChecklistItem = z
  .object({
    id: Id,
    cardId: Id,
    /** The name of the checklist the item belongs to; a card may have several. */
    checklist: z.string(),
    text: z.string(),
    done: z.boolean(),
    /** Order among all of the card's items. */
    position: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'ChecklistItem' });
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/** Text a person types: trimmed, not empty, at most `max` characters, each failure said plainly. */
const text = (max: number, whenEmpty: string, what: string) =>
  z.string().trim().min(1, whenEmpty).max(max, `${what} has at most ${max} characters`);

const ItemText = text(CHECKLIST_LIMITS.textMax, 'Write what the item is about', 'A checklist item');
const ChecklistName = text(CHECKLIST_LIMITS.nameMax, 'Give the checklist a name', 'A checklist name');

export const ChecklistItemParams = z.object({ itemId: Id });

export const CreateChecklistItemBody = z.strictObject({
  text: ItemText,
  /** The checklist to add to; absent: "Checklist". The item goes at the end. */
  checklist: ChecklistName.optional(),
});
export type CreateChecklistItemBody = z.infer<typeof CreateChecklistItemBody>;

export const UpdateChecklistItemBody = z
  .strictObject({
    text: ItemText.optional(),
    done: z.boolean().optional(),
    /** Moves the item to another (or a new) checklist of the card. */
    checklist: ChecklistName.optional(),
    /** The item's new place among all of the card's items, 0 first; past the end means last. */
    position: z.number().int('Position must be a whole number').min(0, 'Position must be 0 or more').optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export type UpdateChecklistItemBody = z.infer<typeof UpdateChecklistItemBody>;

/** Checklist progress and comment count of one card, as the board shows them. */
export const CardStats = z
  .object({ checklistDone: z.number().int(), checklistTotal: z.number().int(), comments: z.number().int() })
  .meta({ id: 'CardStats' });
export type CardStats = z.infer<typeof CardStats>;

// ---------- comments ----------

export const CardComment = z
  .object({
    id: Id,
    cardId: Id,
    /** The member who wrote it; null for imported comments and people who left. */
    authorId: Id.nullable(),
    /** As written at the time (an imported comment keeps its original author's name). */
    authorName: z.string(),
    body: z.string(),
    createdAt: Timestamp,
    editedAt: Timestamp.nullable(),
  })
  .meta({ id: 'CardComment' });
export type CardComment = z.infer<typeof CardComment>;

export const CommentParams = z.object({ commentId: Id });

export const CommentBody = z.strictObject({
  body: text(COMMENT_LIMITS.bodyMax, 'Write something before posting', 'A comment'),
});
export type CommentBody = z.infer<typeof CommentBody>;

// ---------- archive ----------

export const ArchiveCardBody = z.strictObject({
  /** The version the client last saw; a stale one gets 409 VERSION_CONFLICT. */
  version: z.number().int().min(1).optional(),
});
export type ArchiveCardBody = z.infer<typeof ArchiveCardBody>;

export const RestoreCardBody = z.strictObject({
  /** The column of the card's board to put it back in (at the end); absent: the first column. */
  columnId: Id.optional(),
  version: z.number().int().min(1).optional(),
});
export type RestoreCardBody = z.infer<typeof RestoreCardBody>;

/** A card taken off its board into the board's archive. */
export const ArchivedCard = z
  .object({
    id: Id,
    teamId: Id,
    boardId: Id,
    title: z.string(),
    description: z.string(),
    labels: z.array(z.string()),
    effort: z.number().nullable(),
    version: z.number().int(),
    archivedAt: Timestamp,
  })
  .meta({ id: 'ArchivedCard' });
export type ArchivedCard = z.infer<typeof ArchivedCard>;

// ---------- label colours ----------

export const LabelColor = z.enum(LABEL_COLORS, {
  message: `Pick one of the colours: ${LABEL_COLORS.join(', ')} (or null for none)`,
});

/** Label name → colour name. Imported boards may hold colours outside LabelColor; show those plain. */
export const LabelColors = z.record(z.string(), z.string()).meta({ id: 'LabelColors' });
export type LabelColors = z.infer<typeof LabelColors>;

export const SetLabelColorBody = z.strictObject({
  label: text(CARD_LIMITS.labelMax, 'Name the label', 'A label'),
  /** null: the label goes back to no colour. */
  color: LabelColor.nullable(),
});
export type SetLabelColorBody = z.infer<typeof SetLabelColorBody>;
