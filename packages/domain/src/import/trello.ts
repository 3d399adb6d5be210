import { CHECKLIST_LIMITS, COMMENT_LIMITS } from '../card/checklist.ts';
import { normalizeLabels } from '../card/labels.ts';
import { CARD_LIMITS, COLUMN_LIMITS } from '../card/limits.ts';
import { distinctColumnNames } from '../column/name.ts';
import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

/*
 * Reading Trello's board export (Board menu → Print and export → JSON) into an import plan.
 * Pure: the API stores the plan in one transaction. Unknown fields (attachments, plugin data,
 * custom fields, stickers) are ignored; what we keep is checked and clipped to our limits, with
 * a warning for every change a person would want to know about.
 */

export type ArchivedChoice = 'skip' | 'import';

export interface ImportOptions {
  /** Archived lists and cards: leave them out, or bring them in marked archived. */
  archived: ArchivedChoice;
}

export interface PlannedChecklistItem {
  checklist: string;
  text: string;
  done: boolean;
}

export interface PlannedComment {
  authorName: string;
  /** The Trello member who wrote it (see TrelloImportPlan.commentAuthors), to match with the team. */
  authorTrelloId: string;
  /** ISO timestamp of the original comment. */
  at: string;
  text: string;
}

export interface PlannedImportCard {
  title: string;
  description: string;
  labels: string[];
  dueDate: string | null;
  archived: boolean;
  /** Trello member names, free text (they have no account here). */
  assignee: string | null;
  /** Ids of the card's Trello members (see TrelloImportPlan.members), to match with the team. */
  memberIds: string[];
  checklist: PlannedChecklistItem[];
  comments: PlannedComment[];
}

export interface PlannedImportColumn {
  name: string;
  archived: boolean;
  cards: PlannedImportCard[];
}

/** A person of the Trello board; the export carries an email only for some boards. */
export interface TrelloMember {
  id: string;
  fullName: string;
  username: string;
  email: string | null;
}

export interface TrelloImportPlan {
  boardName: string;
  /** The members that are on at least one imported card. */
  members: TrelloMember[];
  /** Everyone who wrote a comment, so a comment by a team member can be theirs here too. */
  commentAuthors: TrelloMember[];
  columns: PlannedImportColumn[];
  /** Label name → Trello colour (green, red, …), for the board's label palette. */
  labelColors: Record<string, string>;
  cardCount: number;
  warnings: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown) => (Array.isArray(v) ? v.filter(isRecord) : []);
const byPos = (a: Record<string, unknown>, b: Record<string, unknown>) => Number(a.pos ?? 0) - Number(b.pos ?? 0);

const clip = (value: string, max: number, what: string, warnings: string[]) => {
  if (value.length <= max) return value;
  warnings.push(`${what} was longer than ${max} characters and was shortened`);
  return value.slice(0, max);
};

const MAX_CARDS = 20_000;

export const planTrelloImport = (json: unknown, options: ImportOptions): Result<TrelloImportPlan> => {
  if (!isRecord(json) || !Array.isArray(json.lists) || !Array.isArray(json.cards)) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        "This is not a Trello board export: expected the JSON from Trello's Board menu → Print and export → JSON",
        'file',
      ),
    );
  }
  const warnings: string[] = [];
  const includeArchived = options.archived === 'import';
  const labelsById = new Map<string, { name: string; color: string }>();
  for (const label of list(json.labels)) {
    const name = text(label.name).trim() || text(label.color).trim();
    if (name) labelsById.set(text(label.id), { name, color: text(label.color) || 'none' });
  }
  const memberList = list(json.members).map(
    (m): TrelloMember => ({
      id: text(m.id),
      fullName: text(m.fullName).trim(),
      username: text(m.username).trim(),
      email: text(m.email).trim() || null,
    }),
  );
  const members = new Map(memberList.map((m) => [m.id, m.fullName || m.username]));
  const checklistsByCard = new Map<string, Record<string, unknown>[]>();
  for (const checklist of list(json.checklists).sort(byPos)) {
    const cardId = text(checklist.idCard);
    checklistsByCard.set(cardId, [...(checklistsByCard.get(cardId) ?? []), checklist]);
  }
  const commentsByCard = new Map<string, PlannedComment[]>();
  const commentAuthors = new Map<string, TrelloMember>();
  for (const action of list(json.actions)) {
    if (action.type !== 'commentCard' || !isRecord(action.data)) continue;
    const card = isRecord(action.data.card) ? text(action.data.card.id) : '';
    const creator = isRecord(action.memberCreator) ? action.memberCreator : {};
    // Older exports leave the creator's id out; the name then stands in for it.
    const authorId =
      text(creator.id) || text(action.idMemberCreator) || `${text(creator.fullName)}|${text(creator.username)}`;
    const known = memberList.find((m) => m.id === authorId);
    commentAuthors.set(
      authorId,
      known ?? {
        id: authorId,
        fullName: text(creator.fullName).trim(),
        username: text(creator.username).trim(),
        email: null,
      },
    );
    const comment = {
      authorName: text(creator.fullName) || text(creator.username) || 'Unknown Trello member',
      authorTrelloId: authorId,
      at: text(action.date),
      text: clip(text(action.data.text), COMMENT_LIMITS.bodyMax, 'A comment', warnings),
    };
    commentsByCard.set(card, [...(commentsByCard.get(card) ?? []), comment]);
  }

  const lists = list(json.lists)
    .filter((l) => includeArchived || l.closed !== true)
    .sort(byPos);
  if (lists.length > COLUMN_LIMITS.columnsMax) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        `The board has ${lists.length} lists; a board holds at most ${COLUMN_LIMITS.columnsMax}`,
        'file',
      ),
    );
  }
  const cards = list(json.cards);
  if (cards.length > MAX_CARDS) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        `The board has ${cards.length} cards; at most ${MAX_CARDS} can be imported`,
        'file',
      ),
    );
  }
  const labelColors: Record<string, string> = {};
  let cardCount = 0;
  const columns = lists.map((l): PlannedImportColumn => {
    const listArchived = l.closed === true;
    const name = clip(
      text(l.name).trim() || 'Untitled list',
      COLUMN_LIMITS.nameMax,
      `List "${text(l.name)}"`,
      warnings,
    );
    const planned = cards
      .filter((c) => text(c.idList) === text(l.id) && (includeArchived || c.closed !== true))
      .sort(byPos)
      .map((c): PlannedImportCard => {
        const title = text(c.name).trim() || 'Untitled card';
        const labels: string[] = [];
        for (const id of Array.isArray(c.idLabels) ? c.idLabels : []) {
          const label = labelsById.get(text(id));
          if (!label) continue;
          const name = label.name.slice(0, CARD_LIMITS.labelMax);
          labelColors[name] = label.color;
          labels.push(name);
        }
        const normalized = normalizeLabels(labels);
        if (normalized.length > CARD_LIMITS.labelsMax)
          warnings.push(`"${title}" had more than ${CARD_LIMITS.labelsMax} labels; the first were kept`);
        const checklist = (checklistsByCard.get(text(c.id)) ?? []).flatMap((cl) =>
          list(cl.checkItems)
            .sort(byPos)
            .map((item) => ({
              checklist: text(cl.name).slice(0, CHECKLIST_LIMITS.nameMax) || CHECKLIST_LIMITS.defaultName,
              text: text(item.name).slice(0, CHECKLIST_LIMITS.textMax),
              done: item.state === 'complete',
            })),
        );
        if (checklist.length > CHECKLIST_LIMITS.itemsMax)
          warnings.push(`"${title}" had more than ${CHECKLIST_LIMITS.itemsMax} checklist items; the first were kept`);
        const due = text(c.due);
        const memberIds = (Array.isArray(c.idMembers) ? c.idMembers : []).map(text).filter((id) => members.has(id));
        const people = memberIds.map((id) => members.get(id)).filter(Boolean);
        return {
          title: clip(title, CARD_LIMITS.titleMax, `The title of "${title.slice(0, 40)}…"`, warnings),
          description: clip(text(c.desc), CARD_LIMITS.descriptionMax, `The description of "${title}"`, warnings),
          labels: normalized.slice(0, CARD_LIMITS.labelsMax),
          dueDate: /^\d{4}-\d{2}-\d{2}/.test(due) ? due.slice(0, 10) : null,
          archived: listArchived || c.closed === true,
          assignee: people.length ? people.join(', ').slice(0, CARD_LIMITS.assigneeMax) : null,
          memberIds,
          checklist: checklist.slice(0, CHECKLIST_LIMITS.itemsMax),
          // Trello lists actions newest first; a card reads oldest first.
          comments: [...(commentsByCard.get(text(c.id)) ?? [])].sort((a, b) =>
            a.at < b.at ? -1 : a.at > b.at ? 1 : 0,
          ),
        };
      });
    cardCount += planned.length;
    return { name, archived: listArchived, cards: planned };
  });
  if (columns.length === 0) {
    return err(domainError('VALIDATION_FAILED', 'The export has no lists to import (are they all archived?)', 'file'));
  }
  // A board's column names are distinct; Trello lets lists share one.
  const names = distinctColumnNames(
    columns.map((c) => c.name),
    COLUMN_LIMITS.nameMax,
  );
  for (const [i, column] of columns.entries()) {
    if (names[i] === column.name) continue;
    warnings.push(`Another list is also named "${column.name}"; this one became "${names[i]}"`);
    column.name = names[i]!;
  }
  const onCards = new Set(columns.flatMap((c) => c.cards.flatMap((card) => card.memberIds)));
  return ok({
    boardName: text(json.name).trim().slice(0, 120) || 'Imported board',
    members: memberList.filter((m) => onCards.has(m.id)),
    commentAuthors: [...commentAuthors.values()],
    columns,
    labelColors,
    cardCount,
    warnings,
  });
};
