import type { BoardSummary, CreateBoardBody, UpdateBoardBody } from '@echoboard/contracts';
import { DEFAULT_STALE_DAYS, keysBetween } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockBoard, type Tx } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { boardCardStats } from '../cards/card-stats.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { toBoard } from '../mappers.ts';

/**
 * Every new board starts with the flow a marketing sprint uses; Doing and Review get WIP limits.
 * Cards waiting in the backlog or finished in Done are not stuck, so those two never go stale at
 * the scrum (a lead can still set a threshold); cards in the others do after 3 days.
 */
export const DEFAULT_COLUMNS: { name: string; wipLimit: number | null; staleDays: number | null }[] = [
  { name: 'Backlog', wipLimit: null, staleDays: null },
  { name: 'To do', wipLimit: null, staleDays: DEFAULT_STALE_DAYS },
  { name: 'Doing', wipLimit: 3, staleDays: DEFAULT_STALE_DAYS },
  { name: 'Review', wipLimit: 2, staleDays: DEFAULT_STALE_DAYS },
  { name: 'Done', wipLimit: null, staleDays: null },
];

/** Boards of the teams the user belongs to (of one of them, with teamId). */
export async function listBoards(db: Database, options: { userId: string; teamId?: string }): Promise<BoardSummary[]> {
  const boards = await db.prisma.board.findMany({
    where: {
      team: { memberships: { some: { userId: options.userId } } },
      ...(options.teamId ? { teamId: options.teamId } : {}),
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    // Archived cards are off the board: they do not count.
    include: { _count: { select: { cards: { where: { archivedAt: null } } } } },
  });
  return boards.map((b) => ({
    id: b.id,
    teamId: b.teamId,
    name: b.name,
    createdAt: b.createdAt.toISOString(),
    cardCount: b._count.cards,
  }));
}

export async function loadBoard(client: Database['prisma'] | Tx, boardId: string) {
  const board = await client.board.findUnique({
    where: { id: boardId },
    include: {
      columns: {
        orderBy: { rank: 'asc' },
        include: { cards: { orderBy: { rank: 'asc' } } },
      },
    },
  });
  if (!board) throw notFound('BOARD_NOT_FOUND', boardId);
  return toBoard(board, await boardCardStats(client, boardId));
}

export async function createBoard(db: Database, input: CreateBoardBody, actor: Actor) {
  return inTransaction(db, async (tx) => {
    const ranks = keysBetween(null, null, DEFAULT_COLUMNS.length);
    const board = await tx.board.create({
      data: {
        teamId: input.teamId,
        name: input.name,
        columns: { create: DEFAULT_COLUMNS.map((column, i) => ({ ...column, rank: ranks[i]! })) },
      },
    });
    // The history starts with the columns, so replaying it from 0 rebuilds the whole board.
    const created = await loadBoard(tx, board.id);
    await recordEvents(
      tx,
      board.id,
      actor,
      created.columns.map(({ cards: _cards, ...column }) => ({ type: 'column.upserted', column })),
    );
    return loadBoard(tx, board.id);
  });
}

export async function renameBoard(db: Database, boardId: string, input: UpdateBoardBody, actor: Actor) {
  return inTransaction(db, async (tx) => {
    await tx.board.update({ where: { id: boardId }, data: { name: input.name } });
    await recordEvents(tx, boardId, actor, [{ type: 'board.updated', name: input.name }]);
    return loadBoard(tx, boardId);
  });
}

/** Deletes a board with everything on it (cards first: a card's column may not vanish under it). */
export async function deleteBoard(db: Database, boardId: string, actor: Actor) {
  await inTransaction(db, async (tx) => {
    if (!(await lockBoard(tx, boardId))) throw notFound('BOARD_NOT_FOUND', boardId);
    // Only the last word is kept: open views learn of the deletion, then the history is gone.
    const [deleted] = await recordEvents(tx, boardId, actor, [{ type: 'board.deleted' }]);
    await tx.boardEvent.deleteMany({ where: { boardId, seq: { lt: deleted!.seq } } });
    await tx.card.deleteMany({ where: { boardId } });
    await tx.board.delete({ where: { id: boardId } });
  });
}
