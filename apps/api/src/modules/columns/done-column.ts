import { doneColumnId } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';

/** The board's done column as the domain picks it (doneColumnId); null for a board without columns. */
export async function doneColumnOf(client: Database['prisma'] | Tx, boardId: string): Promise<string | null> {
  return doneColumnId(await client.column.findMany({ where: { boardId }, select: { id: true, rank: true } }));
}
