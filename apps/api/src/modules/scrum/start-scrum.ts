import { randomInt } from 'node:crypto';
import type { StartScrumBody } from '@echoboard/contracts';
import { speakingOrder } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, lockBoard, type Tx } from '../../db/transaction.ts';
import { AppError, notFound } from '../../errors.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { activeSprintId } from '../sprints/sprint-rows.ts';
import { toScrum } from './scrum-view.ts';

/** The team's members by name (then id, so equal names keep one order everywhere). */
async function membersByName(tx: Tx, boardId: string) {
  const members = await tx.membership.findMany({
    where: { team: { boards: { some: { id: boardId } } } },
    select: { userId: true, user: { select: { name: true } } },
  });
  return members
    .map((m) => ({ id: m.userId, name: m.user.name }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** A given order may only name members of the board's team. */
function givenOrder(order: string[], memberIds: Set<string>): string[] {
  const strangers = order.filter((id) => !memberIds.has(id));
  if (strangers.length > 0) {
    throw new AppError('MEMBER_NOT_FOUND', `${strangers.join(', ')} is not a member of this board's team.`, {
      errors: [{ path: 'body.order', message: 'must list members of the team only' }],
    });
  }
  return order;
}

export async function startScrum(
  db: Database,
  options: { boardId: string; input: StartScrumBody; actor: NonNullable<Actor> },
) {
  const { boardId, input, actor } = options;
  const orderMode = input.orderMode ?? 'fixed';
  return inTransaction(db, async (tx) => {
    // The board lock makes two leads pressing Start at once take turns; the partial unique index backs it.
    if (!(await lockBoard(tx, boardId))) throw notFound('BOARD_NOT_FOUND', boardId);
    const running = await tx.scrum.findFirst({ where: { boardId, endedAt: null }, select: { startedAt: true } });
    if (running) {
      throw new AppError(
        'SCRUM_ALREADY_RUNNING',
        `A daily scrum has been running on this board since ${running.startedAt.toISOString()}. Join it, or end it first.`,
      );
    }
    const members = await membersByName(tx, boardId);
    const base = input.order ? givenOrder(input.order, new Set(members.map((m) => m.id))) : members.map((m) => m.id);
    // The seed is drawn here, never taken from the client: nobody can pick who goes first.
    const order = speakingOrder(base, orderMode, randomInt(0, 2 ** 32));
    const sprintId = await activeSprintId(tx, boardId);
    const row = await tx.scrum.create({
      data: { boardId, sprintId, startedById: actor.userId, orderMode, speakerOrder: order },
    });
    const scrum = await toScrum(tx, row);
    const [event] = await recordEvents(tx, boardId, actor, [{ type: 'scrum.updated', scrum }]);
    return { scrum, seq: event?.seq ?? 0 };
  });
}
