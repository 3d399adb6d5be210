import { addDays, type BurndownHistory, completeSprint, keysBetween } from '@echoboard/domain';
import type { NewEvent } from '../modules/events/record.ts';
import { fromCalendarDate } from '../modules/mappers.ts';
import { loadSprint } from '../modules/sprints/sprint-view.ts';
import type { DemoCalendar } from './seed-calendar.ts';
import type { Tx } from './transaction.ts';

interface SeedCard {
  title: string;
  effort: number;
  labels: string[];
  /** A demo person's name. */
  who?: string;
  /** Delivered cards: moved to done on that working day of their sprint (0: its first). */
  doneOnWorkday?: number;
}

// What the previous sprint delivered; it left the board when that sprint completed.
const DELIVERED: SeedCard[] = [
  { title: 'Positioning workshop', effort: 3, labels: ['strategy'], who: 'Lena Okafor', doneOnWorkday: 2 },
  { title: 'Launch budget plan', effort: 2, labels: ['strategy'], who: 'Lena Okafor', doneOnWorkday: 3 },
  { title: 'Website content audit', effort: 3, labels: ['web', 'analytics'], who: 'Sam Park', doneOnWorkday: 5 },
  { title: 'Brand photo shoot brief', effort: 5, labels: ['design'], who: 'Marco Silva', doneOnWorkday: 7 },
  { title: 'Newsletter template refresh', effort: 3, labels: ['email', 'design'], who: 'Priya Shah', doneOnWorkday: 8 },
];
const NEXT_SPRINT: SeedCard[] = [
  { title: 'Post-launch customer survey', effort: 3, labels: ['research'], who: 'Sam Park' },
  { title: 'Launch results report', effort: 2, labels: ['analytics'], who: 'Lena Okafor' },
];
const BACKLOG: SeedCard[] = [
  { title: 'Podcast guest pitch list', effort: 2, labels: ['pr'] },
  { title: 'Q3 content calendar', effort: 5, labels: ['content'], who: 'Priya Shah' },
  { title: 'Pricing page A/B test', effort: 3, labels: ['web', 'growth'] },
  { title: 'Community AMA with the product team', effort: 3, labels: ['social', 'events'] },
];

/**
 * The demo board's sprints: the one before (completed, with its record), the one running since
 * the calendar's start (every card on the board is in it), the next one (planned), and a backlog.
 * Returns their ids, and their sprint.updated events for the board's history.
 */
export async function seedSprints(
  tx: Tx,
  options: {
    teamId: string;
    boardId: string;
    members: Map<string, string>;
    carriedOverId?: string;
    calendar: DemoCalendar;
  },
) {
  const { teamId, boardId, members, calendar } = options;
  // Days from the running sprint's first.
  const day = (n: number) => fromCalendarDate(addDays(calendar.start, n))!;
  const cardRows = (cards: SeedCard[], sprintId: string | null) => {
    const ranks = keysBetween(null, null, cards.length);
    return cards.map((card, i) => ({
      teamId,
      sprintId,
      title: card.title,
      effort: card.effort,
      labels: card.labels,
      assigneeId: card.who ? (members.get(card.who) ?? null) : null,
      rank: ranks[i]!,
    }));
  };
  const availability = (sprintId: string, days: number[]) =>
    [...members.values()].map((userId, i) => ({ sprintId, userId, availableDays: days[i % days.length]! }));

  const previous = await tx.sprint.create({
    data: {
      boardId,
      name: 'Sprint 3 · Foundations',
      goal: 'Positioning agreed and the launch budget signed off',
      startDate: day(-14),
      lengthDays: 14,
      endDate: day(-1),
      state: 'active',
      startedAt: calendar.previousStartedAt,
    },
  });
  await tx.card.createMany({ data: cardRows(DELIVERED, previous.id) });
  await tx.sprintAvailability.createMany({ data: availability(previous.id, [8, 9, 10, 9]) });
  const delivered = await tx.card.findMany({ where: { sprintId: previous.id } });
  const carried = options.carriedOverId ? await tx.card.findUnique({ where: { id: options.carriedOverId } }) : null;
  // The record comes from the same rule the API uses when a lead completes a sprint.
  const completed = completeSprint({
    sprint: { id: previous.id, state: 'active', endDate: addDays(calendar.start, -1) },
    doneColumnId: 'done',
    cards: [
      ...delivered.map((c) => ({ ...c, columnId: 'done', points: c.effort })),
      ...(carried ? [{ ...carried, columnId: 'doing', points: carried.effort }] : []),
    ],
    availability: (await tx.sprintAvailability.findMany({ where: { sprintId: previous.id } })).map((a) => ({
      memberId: a.userId,
      availableDays: a.availableDays,
    })),
    carryOver: { to: 'backlog', firstRank: null },
  });
  if (!completed.ok) throw new Error(completed.error.message);
  // Its burndown history as completing it freezes it (complete-sprint.ts): each delivered card done on its day.
  const state = (card: { id: string; effort: number | null }, done: boolean) => ({
    cardId: card.id,
    points: card.effort ?? 0,
    inScope: true,
    done,
  });
  const burndown: BurndownHistory = {
    initial: [...delivered, ...(carried ? [carried] : [])].map((card) => state(card, false)),
    changes: delivered.map((card) => {
      const workday = DELIVERED.find((c) => c.title === card.title)!.doneOnWorkday!;
      return { ...state(card, true), date: calendar.previousWorkday(workday) };
    }),
  };
  await tx.sprint.update({
    where: { id: previous.id },
    data: {
      state: 'completed',
      completedAt: calendar.previousCompletedAt,
      record: JSON.parse(JSON.stringify(completed.value.record)),
      burndown: JSON.parse(JSON.stringify(burndown)),
    },
  });

  const active = await tx.sprint.create({
    data: {
      boardId,
      name: 'Sprint 4 · Launch prep',
      goal: 'Landing page, launch emails and paid ads approved and scheduled',
      startDate: day(0),
      lengthDays: 14,
      endDate: day(13),
      state: 'active',
      startedAt: calendar.startedAt,
    },
  });
  await tx.card.updateMany({ where: { boardId }, data: { sprintId: active.id } });
  await tx.sprintAvailability.createMany({ data: availability(active.id, [9, 10, 8, 10]) });

  const next = await tx.sprint.create({
    data: {
      boardId,
      name: 'Sprint 5 · Launch week',
      goal: 'Launch, then learn what worked',
      startDate: day(14),
      lengthDays: 14,
      endDate: day(27),
    },
  });
  await tx.card.createMany({ data: cardRows(NEXT_SPRINT, next.id) });
  await tx.card.createMany({ data: cardRows(BACKLOG, null) });

  const events: NewEvent[] = [];
  for (const { id } of [previous, active, next])
    events.push({ type: 'sprint.updated', sprint: await loadSprint(tx, id) });
  return { events, previousId: previous.id, activeId: active.id, startedAt: active.startedAt! };
}
