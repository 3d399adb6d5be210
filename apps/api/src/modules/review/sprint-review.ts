import type { ScrumSummary, SprintReview } from '@echoboard/contracts';
import { burndown, contributions, summarizeFeedback, velocitySeries } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { campaignInclude, toCampaign } from '../campaigns/campaign-view.ts';
import { doneColumnOf } from '../columns/done-column.ts';
import { storedRatings } from '../feedback/feedback-view.ts';
import { toCalendarDate } from '../mappers.ts';
import { loadSprint, toRecord } from '../sprints/sprint-view.ts';
import { todayIn } from '../sprints/today.ts';
import { burndownHistory, storedBurndown } from './burndown-history.ts';

const day = (value: Date) => toCalendarDate(value) ?? '';

/** Everything the review page shows for one sprint; all arithmetic is the domain's. */
export async function loadSprintReview(db: Database, sprintId: string, now = new Date()): Promise<SprintReview> {
  const sprint = await loadSprint(db.prisma, sprintId);
  const team = await db.prisma.team.findUniqueOrThrow({
    where: { id: sprint.teamId },
    select: { timeZone: true, memberships: { select: { user: { select: { id: true, name: true } } } } },
  });
  const record = sprint.record;
  const stored = await db.prisma.sprint.findUniqueOrThrow({ where: { id: sprintId }, select: { burndown: true } });
  const doneId = await doneColumnOf(db.prisma, sprint.boardId);
  const rows = await db.prisma.card.findMany({
    where: {
      OR: [{ sprintId }, ...(record ? [{ id: { in: [...record.doneCardIds, ...record.unfinishedCardIds] } }] : [])],
    },
    select: { id: true, title: true, effort: true, assigneeId: true, columnId: true, rank: true },
    orderBy: [{ rank: 'asc' }, { id: 'asc' }],
  });
  const done = new Set(
    record ? record.doneCardIds : rows.filter((c) => c.columnId && c.columnId === doneId).map((c) => c.id),
  );
  const cards = rows.map((card) => ({ id: card.id, title: card.title, points: card.effort, done: done.has(card.id) }));
  const cardIds = rows.map((card) => card.id);

  const [effort, kudos, feedback, campaigns, completed, scrums, history] = await Promise.all([
    db.prisma.effortLog.findMany({ where: { cardId: { in: cardIds } } }),
    db.prisma.kudos.findMany({ where: { cardId: { in: cardIds } } }),
    db.prisma.feedback.findMany({ where: { sprintId }, select: { rating: true, itemRatings: true } }),
    db.prisma.campaign.findMany({
      where: { cards: { some: { id: { in: cardIds } } } },
      include: campaignInclude,
      orderBy: { name: 'asc' },
    }),
    db.prisma.sprint.findMany({ where: { boardId: sprint.boardId, state: 'completed' } }),
    db.prisma.scrum.findMany({ where: { sprintId, endedAt: { not: null } }, orderBy: { startedAt: 'asc' } }),
    storedBurndown(stored.burndown) ??
      burndownHistory(db.prisma, {
        id: sprintId,
        boardId: sprint.boardId,
        timeZone: team.timeZone,
        doneColumnId: doneId,
      }),
  ]);

  const ratedFeedback = feedback.map((row) => ({ rating: row.rating, ratings: storedRatings(row.itemRatings) }));
  const feedbackSummary = summarizeFeedback(
    ratedFeedback.map(({ rating, ratings }) => ({
      rating,
      itemRatings: ratings.map((r) => ({ item: r.cardId, rating: r.rating })),
    })),
  );
  // Every ended scrum stores its summary (end-scrum.ts); a row without one is skipped, not guessed.
  const summaries = scrums.flatMap((scrum) =>
    scrum.summary ? [{ date: day(scrum.startedAt), summary: scrum.summary as ScrumSummary }] : [],
  );
  const titleOf = new Map(rows.map((card) => [card.id, card.title]));
  const blocked = new Map<string, SprintReview['blocked'][number]>();
  for (const { date, summary } of summaries) {
    for (const item of summary.blocked) {
      const title = titleOf.get(item.cardId) ?? summary.cardTitles[item.cardId] ?? 'A deleted card';
      blocked.set(item.cardId, { cardId: item.cardId, title, reason: item.reason, scrumDate: date });
    }
  }
  const committedPoints = record?.committedPoints ?? cards.reduce((sum, c) => sum + (c.points ?? 0), 0);
  const completedPoints = record?.completedPoints ?? cards.reduce((sum, c) => sum + (c.done ? (c.points ?? 0) : 0), 0);
  const today = todayIn(team.timeZone, now);

  return {
    sprint,
    committedPoints,
    completedPoints,
    cards,
    burndown: history
      ? burndown({ startDate: sprint.startDate, endDate: sprint.endDate, holidays: sprint.holidays, today, ...history })
      : null,
    velocity: velocitySeries(
      completed.flatMap((row) => {
        const figures = toRecord(row.record);
        return figures
          ? [
              {
                sprintId: row.id,
                name: row.name,
                endDate: day(row.endDate),
                committedPoints: figures.committedPoints,
                completedPoints: figures.completedPoints,
              },
            ]
          : [];
      }),
    ),
    members: contributions({
      members: team.memberships.map(({ user }) => ({ memberId: user.id, name: user.name })),
      cards: rows.map((card) => ({
        cardId: card.id,
        assigneeId: card.assigneeId,
        points: card.effort,
        done: done.has(card.id),
      })),
      effort: effort.map((entry) => ({
        memberId: entry.userId,
        cardId: entry.cardId,
        minutes: entry.minutes,
        points: entry.points,
      })),
      kudos: kudos.map((kudo) => ({ cardId: kudo.cardId, toMemberId: kudo.toUserId })),
      itemRatings: ratedFeedback.flatMap(({ ratings }) => ratings),
    }),
    campaigns: campaigns.map(toCampaign),
    feedback: {
      count: feedbackSummary.count,
      averageRating: feedbackSummary.averageRating,
      ratings: feedbackSummary.ratingCounts,
    },
    blocked: [...blocked.values()],
    scrums: summaries.map(({ date, summary }) => ({
      date,
      durationMs: summary.durationMs,
      spoke: summary.spoke.length,
      moved: summary.movedCardIds.length,
    })),
  };
}
