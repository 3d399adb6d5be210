import type { CompleteSprintBody } from '@echoboard/contracts';
import { completeSprint as completeRule, type SprintState } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import { backlogOf, type CardList, listWhere, lockList, planOf, writePlacements } from '../backlog/lists.ts';
import { boardsShowing, placeOfList, recordPlanEvents } from '../backlog/plan-events.ts';
import { doneColumnOf } from '../columns/done-column.ts';
import { type Actor, type NewEvent, recordEvents } from '../events/record.ts';
import { toPlannedCard } from '../mappers.ts';
import { burndownHistory } from '../review/burndown-history.ts';
import { lockSprintAndBoardCards, storedDates } from './sprint-rows.ts';
import { loadSprint, loadSprintDetail } from './sprint-view.ts';

/**
 * active → completed, in one transaction. Every card on the board leaves it: done ones (in the
 * last column) stay linked to the sprint as its record; unfinished ones go to the top of the
 * backlog or of a planned sprint's list. The frozen record is the domain's completeSprint; the
 * sprint's burndown history is frozen beside it.
 */
export async function completeSprint(
  db: Database,
  options: { sprintId: string; input: CompleteSprintBody; actor: Actor; now?: Date },
) {
  const { sprintId, input, actor } = options;
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const toBacklog = input.carryOver.to === 'backlog';
    const row = await lockSprintAndBoardCards(tx, sprintId, { teamBoards: toBacklog });
    const done = await doneColumnOf(tx, row.boardId);
    if (!done) throw new Error(`Board ${row.boardId} has no column`);
    const { destination, choice } = await carryOverTarget(tx, row, input.carryOver);
    await lockList(tx, destination);
    const first = await tx.card.findFirst({ where: listWhere(destination), orderBy: { rank: 'asc' } });
    // Archived cards left the sprint when they were archived: not done, not carried over.
    const cards = await tx.card.findMany({ where: { boardId: row.boardId, archivedAt: null } });
    const availability = await tx.sprintAvailability.findMany({ where: { sprintId }, orderBy: { userId: 'asc' } });
    const { record, carryOver } = unwrap(
      completeRule({
        sprint: { id: row.id, state: row.state, endDate: storedDates(row).endDate },
        doneColumnId: done,
        cards: cards.map((card) => ({
          id: card.id,
          rank: card.rank,
          columnId: card.columnId ?? '',
          points: card.effort,
          assigneeId: card.assigneeId,
        })),
        availability: availability.map((a) => ({ memberId: a.userId, availableDays: a.availableDays })),
        carryOver: { ...choice, firstRank: first?.rank ?? null },
      }),
    );
    // Done cards leave the board but keep their sprint and rank: the sprint's list of what it delivered.
    for (const id of record.doneCardIds) {
      await tx.card.update({
        where: { id },
        data: { boardId: null, columnId: null, sprintId, version: { increment: 1 } },
      });
    }
    const carried = await writePlacements(
      tx,
      destination,
      carryOver.map((move) => ({ id: move.cardId, rank: move.rank })),
    );
    // The burndown is frozen with the record: the board's history it is replayed from gets trimmed.
    const burndown = await burndownHistory(tx, {
      id: sprintId,
      boardId: row.boardId,
      timeZone: row.board.team.timeZone,
      doneColumnId: done,
    });
    await tx.sprint.update({
      where: { id: sprintId },
      data: {
        state: 'completed',
        completedAt: now,
        record: JSON.parse(JSON.stringify(record)),
        // None when the history no longer holds the start (a sprint started before starts were kept).
        burndown: burndown ? JSON.parse(JSON.stringify(burndown)) : undefined,
      },
    });
    const events: NewEvent[] = [...record.doneCardIds, ...record.unfinishedCardIds].map((cardId) => ({
      type: 'card.deleted',
      cardId,
    }));
    events.push({ type: 'sprint.updated', sprint: await loadSprint(tx, sprintId) });
    await recordEvents(tx, row.boardId, actor, events);
    // Then the planning pages: the unfinished cards arrive in the backlog or the chosen plan.
    await recordPlanEvents(
      tx,
      await boardsShowing(tx, row.board.teamId, [placeOfList(destination)]),
      actor,
      carried.map((card) => ({ type: 'plan.upserted', action: 'moved', card: toPlannedCard(card) })),
    );
    return loadSprintDetail(tx, sprintId, now);
  });
}

type Choice = { to: 'backlog' } | { to: 'sprint'; sprint: { id: string; state: SprintState } };

/** The list unfinished cards go to; a sprint must be one of this board's (the domain checks it is planned). */
async function carryOverTarget(
  tx: Tx,
  sprint: { id: string; boardId: string; board: { teamId: string } },
  carryOver: CompleteSprintBody['carryOver'],
): Promise<{ destination: CardList; choice: Choice }> {
  if (carryOver.to === 'backlog') return { destination: backlogOf(sprint.board.teamId), choice: { to: 'backlog' } };
  const target = await tx.sprint.findUnique({
    where: { id: carryOver.sprintId },
    select: { id: true, boardId: true, state: true },
  });
  if (!target || target.boardId !== sprint.boardId) {
    throw new AppError('VALIDATION_FAILED', 'Unfinished cards can only go to a planned sprint of the same board.', {
      errors: [{ path: 'body.carryOver.sprintId', message: 'is not a sprint of this board' }],
    });
  }
  return { destination: planOf(target.id), choice: { to: 'sprint', sprint: { id: target.id, state: target.state } } };
}
