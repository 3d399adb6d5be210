import { lockColumn, type Tx } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';

export type LockedColumn = NonNullable<Awaited<ReturnType<typeof lockColumn>>>;

/**
 * Locks a column of the given board, for a card about to enter it: its rank writes and WIP count
 * are the caller's until commit. A missing column, or another board's, is a 404 on body.columnId.
 */
export async function lockBoardColumn(tx: Tx, boardId: string, columnId: string): Promise<LockedColumn> {
  return onBoard(await lockColumn(tx, columnId), boardId, columnId, 'body.columnId');
}

/** The column if it is one of the board's; else a 404 on the request field that named it (e.g. body.columnId). */
export function onBoard<C extends { boardId: string }>(
  column: C | null,
  boardId: string,
  columnId: string,
  field: string,
): C {
  if (!column || column.boardId !== boardId) {
    throw new AppError(
      'COLUMN_NOT_FOUND',
      `Column ${columnId} is not on this board; reload the board and pick another.`,
      {
        errors: [{ path: field, message: 'is not a column of this board' }],
      },
    );
  }
  return column;
}
