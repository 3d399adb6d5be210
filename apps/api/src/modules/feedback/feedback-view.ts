import type { Feedback } from '@echoboard/contracts';
import type { Database } from '../../db/database.ts';
import type { Tx } from '../../db/transaction.ts';
import type * as Prisma from '../../generated/prisma/client.ts';

type Client = Database['prisma'] | Tx;

/** What a feedback row needs joined in to become the inbox's Feedback. */
export const feedbackInclude = {
  sprint: { select: { id: true, name: true } },
  link: { select: { id: true, label: true } },
  triagedBy: { select: { id: true, name: true } },
  cards: {
    select: { id: true, title: true, sprint: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: 'asc' as const }, { rank: 'asc' as const }],
  },
} satisfies Prisma.Prisma.FeedbackInclude;

type FeedbackRow = Prisma.Prisma.FeedbackGetPayload<{ include: typeof feedbackInclude }>;

type StoredRating = { cardId: string; rating: number };

const storedRatings = (value: unknown): StoredRating[] =>
  Array.isArray(value)
    ? value.filter(
        (r): r is StoredRating => typeof r?.cardId === 'string' && typeof r?.rating === 'number' && r.rating > 0,
      )
    : [];

/** Turns rows into Feedback, reading the titles of every rated card in one query. */
export async function toFeedbackList(client: Client, rows: FeedbackRow[]): Promise<Feedback[]> {
  const ids = [...new Set(rows.flatMap((row) => storedRatings(row.itemRatings).map((r) => r.cardId)))];
  const titles = new Map(
    (await client.card.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((c) => [
      c.id,
      c.title,
    ]),
  );
  return rows.map((row) => ({
    id: row.id,
    teamId: row.teamId,
    sprint: row.sprint,
    link: row.link,
    rating: row.rating,
    worked: row.worked,
    change: row.change,
    // A rated card that was deleted since drops out: there is nothing left to show it by.
    itemRatings: storedRatings(row.itemRatings).flatMap((r) => {
      const title = titles.get(r.cardId);
      return title === undefined ? [] : [{ cardId: r.cardId, title, rating: r.rating }];
    }),
    name: row.name,
    email: row.email,
    status: row.status,
    duplicateOfId: row.duplicateOfId,
    triageNote: row.triageNote,
    triagedBy: row.triagedBy ? { userId: row.triagedBy.id, name: row.triagedBy.name } : null,
    triagedAt: row.triagedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    cards: row.cards,
  }));
}

export async function loadFeedback(client: Client, feedbackId: string): Promise<Feedback> {
  const row = await client.feedback.findUniqueOrThrow({ where: { id: feedbackId }, include: feedbackInclude });
  const [feedback] = await toFeedbackList(client, [row]);
  if (!feedback) throw new Error('unreachable: one row maps to one feedback');
  return feedback;
}

export { storedRatings };
