import type { BoardSummary, CreateBoardBody } from '@echoboard/contracts';
import { keysBetween } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { toBoard } from '../mappers.ts';

/** Every new board starts with the flow a marketing sprint uses; Doing gets a WIP limit. */
export const DEFAULT_COLUMNS: { name: string; wipLimit: number | null }[] = [
  { name: 'Backlog', wipLimit: null },
  { name: 'To do', wipLimit: null },
  { name: 'Doing', wipLimit: 3 },
  { name: 'Review', wipLimit: 2 },
  { name: 'Done', wipLimit: null },
];

export async function listBoards(db: Database): Promise<BoardSummary[]> {
  const boards = await db.prisma.board.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { _count: { select: { cards: true } } },
  });
  return boards.map((b) => ({
    id: b.id,
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
  return toBoard(board);
}

export const getBoard = (db: Database, boardId: string) => loadBoard(db.prisma, boardId);

export async function createBoard(db: Database, input: CreateBoardBody) {
  return inTransaction(db, async (tx) => {
    const ranks = keysBetween(null, null, DEFAULT_COLUMNS.length);
    const board = await tx.board.create({
      data: {
        name: input.name,
        columns: { create: DEFAULT_COLUMNS.map((column, i) => ({ ...column, rank: ranks[i]! })) },
      },
    });
    return loadBoard(tx, board.id);
  });
}
