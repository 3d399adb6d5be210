import type { CardContributions, LogEffortBody } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError } from '../../errors.ts';
import type { Access } from '../access.ts';
import type { AuthUser } from '../auth/sessions.ts';

export async function loadContributions(db: Database, cardId: string): Promise<CardContributions> {
  const card = await db.prisma.card.findUniqueOrThrow({
    where: { id: cardId },
    select: {
      assigneeMember: { select: { id: true, name: true } },
      effortLogs: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], include: { user: { select: { name: true } } } },
      kudos: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        include: { from: { select: { name: true } }, to: { select: { name: true } } },
      },
    },
  });
  const contributors = new Map<string, string>();
  if (card.assigneeMember) contributors.set(card.assigneeMember.id, card.assigneeMember.name);
  for (const entry of card.effortLogs) contributors.set(entry.userId, entry.user.name);
  return {
    cardId,
    effort: card.effortLogs.map((entry) => ({
      id: entry.id,
      cardId,
      userId: entry.userId,
      name: entry.user.name,
      minutes: entry.minutes,
      points: entry.points,
      note: entry.note,
      createdAt: entry.createdAt.toISOString(),
    })),
    kudos: card.kudos.map((kudo) => ({
      cardId,
      fromUserId: kudo.fromUserId,
      fromName: kudo.from.name,
      toUserId: kudo.toUserId,
      toName: kudo.to.name,
      createdAt: kudo.createdAt.toISOString(),
    })),
    contributors: [...contributors].map(([userId, name]) => ({ userId, name })),
  };
}

export async function logEffort(db: Database, cardId: string, user: AuthUser, input: LogEffortBody) {
  await db.prisma.effortLog.create({
    data: { cardId, userId: user.id, minutes: input.minutes ?? 0, points: input.points ?? 0, note: input.note ?? '' },
  });
  return loadContributions(db, cardId);
}

/** People remove their own entries; leads may remove anyone's (a mistaken entry skews the review). */
export async function deleteEffort(db: Database, effortId: string, user: AuthUser, access: Access) {
  const entry = await db.prisma.effortLog.findUniqueOrThrow({ where: { id: effortId } });
  if (entry.userId !== user.id && access.role !== 'lead') {
    throw new AppError('FORBIDDEN', 'You can only remove effort you logged yourself. Ask a lead to remove this one.');
  }
  await db.prisma.effortLog.delete({ where: { id: effortId } });
}

/** Kudos go to a card's contributors (its assignee, anyone who logged effort), never to oneself. */
export async function giveKudos(db: Database, cardId: string, user: AuthUser, toUserId: string) {
  return inTransaction(db, async (tx) => {
    if (toUserId === user.id) {
      throw new AppError('VALIDATION_FAILED', 'Kudos are for others: pick someone who worked on this card.', {
        errors: [{ path: 'body.toUserId', message: 'is yourself' }],
      });
    }
    const contributor = await tx.card.findFirst({
      where: { id: cardId, OR: [{ assigneeId: toUserId }, { effortLogs: { some: { userId: toUserId } } }] },
      select: { id: true },
    });
    if (!contributor) {
      throw new AppError('VALIDATION_FAILED', 'Kudos go to someone assigned to this card or who logged effort on it.', {
        errors: [{ path: 'body.toUserId', message: 'has not worked on this card' }],
      });
    }
    // Giving the same kudos twice is a double click, not an error: keep one.
    await tx.kudos.upsert({
      where: { cardId_fromUserId_toUserId: { cardId, fromUserId: user.id, toUserId } },
      create: { cardId, fromUserId: user.id, toUserId },
      update: {},
    });
  });
}

export async function withdrawKudos(db: Database, cardId: string, user: AuthUser, toUserId: string) {
  await db.prisma.kudos.deleteMany({ where: { cardId, fromUserId: user.id, toUserId } });
}
