import type { AvailabilityBody } from '@echoboard/contracts';
import { validateAvailability, workingDayCount } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import type { Access } from '../access.ts';
import { type Actor, recordEvents } from '../events/record.ts';
import { lockSprint, storedDates } from './sprint-rows.ts';
import { loadSprint, loadSprintDetail } from './sprint-view.ts';

/**
 * Sets the listed members' available days (others keep theirs); null takes a member's statement
 * back. A member states their own, a lead anyone's. A completed sprint's availability is part of
 * its record and stays as it was.
 */
export async function setAvailability(
  db: Database,
  options: { sprintId: string; input: AvailabilityBody; access: Access; userId: string; actor: Actor },
) {
  const { sprintId, input, access, userId, actor } = options;
  if (access.role !== 'lead' && input.availability.some((entry) => entry.memberId !== userId)) {
    throw new AppError('FORBIDDEN', "Only a team lead can set other members' availability; you can set your own.");
  }
  return inTransaction(db, async (tx) => {
    const row = await lockSprint(tx, sprintId);
    if (row.state === 'completed') {
      throw new AppError(
        'INVALID_SPRINT_TRANSITION',
        `Sprint "${row.name}" is completed; its availability is history.`,
      );
    }
    const { startDate, endDate, holidays } = storedDates(row);
    const entries = unwrap(validateAvailability(input.availability, workingDayCount(startDate, endDate, holidays)));
    const ids = entries.map((entry) => entry.memberId);
    const members = await tx.membership.findMany({
      where: { teamId: access.teamId, userId: { in: ids } },
      select: { userId: true },
    });
    const known = new Set(members.map((m) => m.userId));
    const strangers = ids.filter((id) => !known.has(id));
    if (strangers.length > 0) {
      throw new AppError('VALIDATION_FAILED', 'Availability can only be set for members of the team.', {
        errors: strangers.map((id) => ({ path: 'body.availability', message: `${id} is not a member of this team` })),
      });
    }
    const takenBack = entries.filter((entry) => entry.availableDays === null).map((entry) => entry.memberId);
    await tx.sprintAvailability.deleteMany({ where: { sprintId, userId: { in: takenBack } } });
    for (const { memberId, availableDays } of entries) {
      if (availableDays === null) continue;
      await tx.sprintAvailability.upsert({
        where: { sprintId_userId: { sprintId, userId: memberId } },
        create: { sprintId, userId: memberId, availableDays },
        update: { availableDays },
      });
    }
    await recordEvents(tx, row.boardId, actor, [{ type: 'sprint.updated', sprint: await loadSprint(tx, sprintId) }]);
    return loadSprintDetail(tx, sprintId);
  });
}
