import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';

export type WipState = 'none' | 'under' | 'at' | 'over';

export interface WipStatus {
  count: number;
  limit: number | null;
  state: WipState;
}

/** How a column stands against its WIP limit; a null limit means the column has none. */
export const wipStatus = (count: number, limit: number | null): WipStatus => {
  const state: WipState = limit === null ? 'none' : count < limit ? 'under' : count === limit ? 'at' : 'over';
  return { count, limit, state };
};

export interface WipMoveInput {
  /** Cards in the target column before the move, counting the moved card if it is already there. */
  targetCount: number;
  limit: number | null;
  /** The card is reordered inside its own column. */
  sameColumn: boolean;
  /** A hard limit blocks the move; a soft one only warns. */
  hard: boolean;
  /** For the message, e.g. "Doing". */
  columnName: string;
}

/**
 * Whether a move may enter the target column. A reorder inside one column never changes the
 * count, so it is always allowed, even in a column already over a limit that was lowered later.
 */
export const checkWipForMove = (input: WipMoveInput): Result<{ overAfter: boolean }> => {
  const { targetCount, limit, sameColumn, hard, columnName } = input;
  const countAfter = sameColumn ? targetCount : targetCount + 1;
  const overAfter = limit !== null && countAfter > limit;
  if (overAfter && hard && !sameColumn) {
    const where = targetCount > limit ? 'over' : 'at';
    return err(
      domainError('WIP_LIMIT_EXCEEDED', `"${columnName}" is ${where} its WIP limit (${targetCount}/${limit})`),
    );
  }
  return ok({ overAfter });
};
