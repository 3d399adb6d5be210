import type { LabelColors, SetLabelColorBody } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockBoard } from '../../db/transaction.ts';
import { notFound } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { toLabelColors } from '../mappers.ts';

/**
 * Sets (or clears, with null) one label's colour on a board; the others are kept. The board row
 * lock keeps two leads' edits from overwriting each other's labels.
 */
export async function setLabelColor(
  db: Database,
  options: { boardId: string; input: SetLabelColorBody; actor: Actor },
): Promise<LabelColors> {
  const { boardId, input, actor } = options;
  return inTransaction(db, async (tx) => {
    if (!(await lockBoard(tx, boardId))) throw notFound('BOARD_NOT_FOUND', boardId);
    const board = await tx.board.findUniqueOrThrow({ where: { id: boardId }, select: { labelColors: true } });
    const { [input.label]: _previous, ...others } = toLabelColors(board.labelColors);
    const labelColors = input.color === null ? others : { ...others, [input.label]: input.color };
    await tx.board.update({ where: { id: boardId }, data: { labelColors } });
    await recordEvents(tx, boardId, actor, [{ type: 'labels.updated', labelColors }]);
    return labelColors;
  });
}
