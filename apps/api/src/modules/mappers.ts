import type { Board, Card, CardStats, Column, LabelColors, PlannedCard } from '@echoboard/contracts';
import type * as Prisma from '../generated/prisma/client.ts';

/** A calendar date travels as YYYY-MM-DD; PostgreSQL DATE values arrive as UTC midnight. */
export const toCalendarDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
export const fromCalendarDate = (date: string | null | undefined) =>
  date === undefined ? undefined : date === null ? null : new Date(`${date}T00:00:00.000Z`);

function cardFields(card: Prisma.Card) {
  return {
    id: card.id,
    teamId: card.teamId,
    sprintId: card.sprintId,
    title: card.title,
    description: card.description,
    effort: card.effort,
    labels: card.labels,
    dueDate: toCalendarDate(card.dueDate),
    assignee: card.assignee,
    assigneeId: card.assigneeId,
    rank: card.rank,
    version: card.version,
    blockedReason: card.blockedReason,
    blockedAt: card.blockedAt?.toISOString() ?? null,
    columnEnteredAt: card.columnEnteredAt.toISOString(),
    shareable: card.shareable,
    sourceFeedbackId: card.sourceFeedbackId,
    campaignId: card.campaignId,
    createdAt: card.createdAt.toISOString(),
    updatedAt: card.updatedAt.toISOString(),
  };
}

/** A row with a column and a board is a board card. */
export type BoardCardRow = Prisma.Card & { boardId: string; columnId: string };

export const isOnBoard = (card: Prisma.Card): card is BoardCardRow => card.boardId !== null && card.columnId !== null;

/** For rows read from a column: a card without one here is a bug, not a user error. */
export function toCard(card: Prisma.Card): Card {
  if (!isOnBoard(card)) throw new Error(`Card ${card.id} is not on a board`);
  return { ...cardFields(card), boardId: card.boardId, columnId: card.columnId };
}

/** Whichever the row is: a board card or a planned one. */
export const toAnyCard = (card: Prisma.Card): Card | PlannedCard =>
  isOnBoard(card) ? toCard(card) : toPlannedCard(card);

export function toPlannedCard(card: Prisma.Card): PlannedCard {
  return { ...cardFields(card), boardId: null, columnId: null };
}

export function toColumn(column: Prisma.Column): Column {
  return {
    id: column.id,
    boardId: column.boardId,
    name: column.name,
    wipLimit: column.wipLimit,
    wipHard: column.wipHard,
    staleDays: column.staleDays,
    rank: column.rank,
  };
}

export function toBoard(
  board: Prisma.Board & { columns: (Prisma.Column & { cards: Prisma.Card[] })[] },
  cardStats: Record<string, CardStats>,
): Board {
  return {
    id: board.id,
    teamId: board.teamId,
    name: board.name,
    effortScale: board.effortScale,
    createdAt: board.createdAt.toISOString(),
    seq: board.eventSeq,
    columns: board.columns.map((column) => ({ ...toColumn(column), cards: column.cards.map(toCard) })),
    labelColors: toLabelColors(board.labelColors),
    cardStats,
  };
}

/** The stored JSONB as the contract's map; anything but string values (a hand-edited row) is dropped. */
export function toLabelColors(value: Prisma.Board['labelColors']): LabelColors {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
