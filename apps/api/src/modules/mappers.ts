import type { Board, Card, Column } from '@echoboard/contracts';
import type * as Prisma from '../generated/prisma/client.ts';

/** A calendar date travels as YYYY-MM-DD; PostgreSQL DATE values arrive as UTC midnight. */
export const toCalendarDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
export const fromCalendarDate = (date: string | null | undefined) =>
  date === undefined ? undefined : date === null ? null : new Date(`${date}T00:00:00.000Z`);

export function toCard(card: Prisma.Card): Card {
  return {
    id: card.id,
    boardId: card.boardId,
    columnId: card.columnId,
    title: card.title,
    description: card.description,
    effort: card.effort,
    labels: card.labels,
    dueDate: toCalendarDate(card.dueDate),
    assignee: card.assignee,
    rank: card.rank,
    version: card.version,
    createdAt: card.createdAt.toISOString(),
    updatedAt: card.updatedAt.toISOString(),
  };
}

export function toColumn(column: Prisma.Column): Column {
  return { id: column.id, boardId: column.boardId, name: column.name, wipLimit: column.wipLimit, rank: column.rank };
}

export function toBoard(board: Prisma.Board & { columns: (Prisma.Column & { cards: Prisma.Card[] })[] }): Board {
  return {
    id: board.id,
    teamId: board.teamId,
    name: board.name,
    effortScale: board.effortScale,
    createdAt: board.createdAt.toISOString(),
    seq: board.eventSeq,
    columns: board.columns.map((column) => ({ ...toColumn(column), cards: column.cards.map(toCard) })),
  };
}
