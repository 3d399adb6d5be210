import { randomUUID } from 'node:crypto';
import type { TrelloImportBody, TrelloImportPreview, TrelloImportResult } from '@echoboard/contracts';
import {
  assigneeOf,
  COMMENT_LIMITS,
  isCalendarDate,
  keysBetween,
  type MemberMatch,
  matchTrelloMembers,
  planTrelloImport,
  type TrelloImportPlan,
} from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { fromCalendarDate } from '../mappers.ts';
import { capWarnings, parseJsonFile, sampleTitles } from './shared.ts';

interface Planned {
  plan: TrelloImportPlan;
  matches: MemberMatch[];
  /** Comment authors matched with the team: their imported comments are theirs here. */
  authors: MemberMatch[];
}

/** Reads the export and matches its people with the team; writes nothing. */
async function planFor(db: Database, teamId: string, body: TrelloImportBody): Promise<Planned> {
  const plan = unwrap(planTrelloImport(parseJsonFile(body.file), { archived: body.archived }));
  if (!plan.columns.some((c) => !c.archived)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Every list of this board is archived; a board needs at least one open list. Restore a list in Trello and export again.',
      { errors: [{ path: 'body.file', message: 'has no open list' }] },
    );
  }
  const team = await db.prisma.membership.findMany({
    where: { teamId },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  const people = team.map((m) => m.user);
  return {
    plan,
    matches: matchTrelloMembers(plan.members, people),
    authors: matchTrelloMembers(plan.commentAuthors, people),
  };
}

export async function previewTrelloImport(
  db: Database,
  teamId: string,
  body: TrelloImportBody,
): Promise<TrelloImportPreview> {
  const { plan, matches } = await planFor(db, teamId, body);
  const cards = plan.columns.flatMap((c) => c.cards);
  const open = plan.columns.filter((c) => !c.archived);
  return {
    boardName: plan.boardName,
    columns: open.map((c) => {
      const shown = c.cards.filter((card) => !card.archived);
      return { name: c.name, cardCount: shown.length, sampleTitles: sampleTitles(shown) };
    }),
    archived: { lists: plan.columns.length - open.length, cards: cards.filter((c) => c.archived).length },
    totals: {
      cards: cards.length,
      checklistItems: cards.reduce((n, c) => n + c.checklist.length, 0),
      comments: cards.reduce((n, c) => n + c.comments.length, 0),
      labels: Object.keys(plan.labelColors).length,
    },
    members: matches.map(({ trelloId, ...match }) => ({
      ...match,
      cardCount: cards.filter((c) => c.memberIds.includes(trelloId)).length,
    })),
    warnings: capWarnings(plan.warnings),
  };
}

/**
 * Creates a new board from the export in one transaction: its open lists become columns, cards keep
 * their order, archived cards keep the board but no column, and checklists and comments follow their
 * cards. Rows go in with one multi-row INSERT per table, not one round trip per card. The board's
 * history starts with one `board.imported` event rather than an event per card.
 */
export async function importTrello(
  db: Database,
  options: { teamId: string; body: TrelloImportBody; actor: Actor },
): Promise<TrelloImportResult> {
  const { teamId, body, actor } = options;
  const { plan, matches, authors } = await planFor(db, teamId, body);
  const authorIds = new Map(authors.map((a) => [a.trelloId, a.memberId]));
  const open = plan.columns.filter((c) => !c.archived);
  const columnIds = open.map(() => randomUUID());
  const columnRanks = keysBetween(null, null, open.length);
  const now = new Date();
  const cardRows: Omit<Prisma.CardCreateManyInput, 'boardId'>[] = [];
  const checklistRows: Prisma.ChecklistItemCreateManyInput[] = [];
  const commentRows: Prisma.CardCommentCreateManyInput[] = [];
  for (const column of plan.columns) {
    const index = open.indexOf(column);
    const ranks = keysBetween(null, null, column.cards.length);
    for (const [i, card] of column.cards.entries()) {
      const id = randomUUID();
      // An archived card leaves every column (the schema insists), so does every card of an archived list.
      const archived = card.archived || index === -1;
      cardRows.push({
        id,
        teamId,
        columnId: archived ? null : columnIds[index]!,
        title: card.title,
        description: card.description,
        labels: card.labels,
        dueDate: card.dueDate && isCalendarDate(card.dueDate) ? fromCalendarDate(card.dueDate) : null,
        ...assigneeOf(card.memberIds, matches),
        rank: ranks[i]!,
        archivedAt: archived ? now : null,
      });
      checklistRows.push(...card.checklist.map((item, position) => ({ cardId: id, ...item, position })));
      commentRows.push(
        ...card.comments.map((c) => ({
          cardId: id,
          authorId: authorIds.get(c.authorTrelloId) ?? null,
          authorName: c.authorName.slice(0, COMMENT_LIMITS.authorNameMax),
          body: c.text,
          createdAt: Number.isNaN(Date.parse(c.at)) ? now : new Date(c.at),
        })),
      );
    }
  }
  return inTransaction(db, async (tx) => {
    const board = await tx.board.create({
      data: {
        teamId,
        name: plan.boardName,
        labelColors: plan.labelColors,
        columns: {
          createMany: {
            data: open.map((c, i) => ({
              id: columnIds[i]!,
              name: c.name,
              rank: columnRanks[i]!,
              // The last list is the board's done column: finished cards are not stuck.
              ...(i === open.length - 1 ? { staleDays: null } : {}),
            })),
          },
        },
      },
    });
    await tx.card.createMany({ data: cardRows.map((row) => ({ ...row, boardId: board.id })) });
    await tx.checklistItem.createMany({ data: checklistRows });
    await tx.cardComment.createMany({ data: commentRows });
    await recordEvents(tx, board.id, actor, [{ type: 'board.imported', source: 'trello', cards: cardRows.length }]);
    return {
      boardId: board.id,
      boardName: board.name,
      columns: open.length,
      cards: cardRows.length,
      archivedCards: cardRows.filter((c) => c.archivedAt !== null).length,
      checklistItems: checklistRows.length,
      comments: commentRows.length,
    };
  });
}
