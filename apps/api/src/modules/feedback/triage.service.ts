import type {
  AcceptedFeedback,
  AcceptFeedbackBody,
  Feedback,
  FeedbackQuery,
  FeedbackSummary,
} from '@echoboard/contracts';
import { keysBetween, summarizeFeedback, type TriageAction, triage } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import { requireFeedback, requireLead, requireSprint, requireTeam } from '../access.ts';
import type { AuthUser } from '../auth/sessions.ts';
import { lockTeamBoards, recordPlanEvents } from '../backlog/plan-events.ts';
import { actorOf } from '../events/record.ts';
import { toPlannedCard } from '../mappers.ts';
import { lockTeam } from '../teams/teams.service.ts';
import { feedbackInclude, loadFeedback, storedRatings, toFeedbackList } from './feedback-view.ts';

/** The team's feedback inbox, newest first, narrowed by the filters given. */
export async function listFeedback(
  db: Database,
  user: AuthUser,
  teamId: string,
  query: FeedbackQuery,
): Promise<Feedback[]> {
  await requireTeam(db.prisma, user, teamId);
  const rows = await db.prisma.feedback.findMany({
    where: {
      teamId,
      ...(query.sprintId ? { sprintId: query.sprintId } : {}),
      ...(query.linkId ? { linkId: query.linkId } : {}),
      ...(query.rating ? { rating: query.rating } : {}),
      ...(query.status ? { status: query.status } : {}),
    },
    include: feedbackInclude,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 500,
  });
  return toFeedbackList(db.prisma, rows);
}

/** Locks the feedback row (so two leads cannot triage it at once) and checks the transition. */
async function lockForTriage(tx: Tx, user: AuthUser, feedbackId: string, action: TriageAction) {
  const access = await requireFeedback(tx, user, feedbackId);
  requireLead(access, 'triage feedback');
  await tx.$queryRaw`SELECT id FROM feedback WHERE id = ${feedbackId}::uuid FOR UPDATE`;
  const subject = await tx.feedback.findUniqueOrThrow({ where: { id: feedbackId } });
  let chain = new Map<string, string | null>();
  if (action.kind === 'duplicate') {
    const target = await tx.feedback.findFirst({ where: { id: action.of, teamId: subject.teamId } });
    if (!target) throw new AppError('FEEDBACK_NOT_FOUND', `No feedback with id ${action.of} in this team.`);
    const links = await tx.feedback.findMany({
      where: { teamId: subject.teamId, duplicateOfId: { not: null } },
      select: { id: true, duplicateOfId: true },
    });
    chain = new Map(links.map((l) => [l.id, l.duplicateOfId]));
  }
  const outcome = unwrap(triage(subject, action, chain));
  return { subject, outcome, triaged: { triagedById: user.id, triagedAt: new Date() } };
}

/**
 * Turns feedback into backlog cards, at the top of the backlog in the order given, each pointing
 * back at it. The team row lock serialises backlog inserts, so two accepts never pick one rank.
 */
export async function acceptFeedback(
  db: Database,
  user: AuthUser,
  feedbackId: string,
  body: AcceptFeedbackBody,
): Promise<AcceptedFeedback> {
  return inTransaction(db, async (tx) => {
    const { subject, outcome, triaged } = await lockForTriage(tx, user, feedbackId, {
      kind: 'accept',
      cardCount: body.cards.length,
    });
    // Every board of the team shows the backlog: they are locked first and told (plan-events.ts).
    const boardIds = await lockTeamBoards(tx, subject.teamId);
    await lockTeam(tx, subject.teamId);
    const first = await tx.card.findFirst({
      where: { teamId: subject.teamId, sprintId: null, boardId: null, columnId: null },
      orderBy: [{ rank: 'asc' }],
      select: { rank: true },
    });
    const ranks = keysBetween(null, first?.rank ?? null, body.cards.length);
    const cards = [];
    for (const [i, input] of body.cards.entries()) {
      cards.push(
        await tx.card.create({
          data: {
            teamId: subject.teamId,
            title: input.title,
            description: input.description ?? '',
            rank: ranks[i] ?? '',
            sourceFeedbackId: subject.id,
          },
        }),
      );
    }
    await tx.feedback.update({ where: { id: subject.id }, data: { status: outcome.status, ...triaged } });
    const planned = cards.map(toPlannedCard);
    await recordPlanEvents(
      tx,
      boardIds,
      actorOf(user),
      planned.map((card) => ({ type: 'plan.upserted', action: 'created', card })),
    );
    return { feedback: await loadFeedback(tx, subject.id), cards: planned };
  });
}

export async function markDuplicate(db: Database, user: AuthUser, feedbackId: string, of: string): Promise<Feedback> {
  return inTransaction(db, async (tx) => {
    const { outcome, triaged } = await lockForTriage(tx, user, feedbackId, { kind: 'duplicate', of });
    await tx.feedback.update({
      where: { id: feedbackId },
      data: { status: outcome.status, duplicateOfId: of, ...triaged },
    });
    return loadFeedback(tx, feedbackId);
  });
}

export async function declineFeedback(
  db: Database,
  user: AuthUser,
  feedbackId: string,
  note: string,
): Promise<Feedback> {
  return inTransaction(db, async (tx) => {
    const { outcome, triaged } = await lockForTriage(tx, user, feedbackId, { kind: 'decline', note });
    await tx.feedback.update({
      where: { id: feedbackId },
      data: { status: outcome.status, triageNote: outcome.note, ...triaged },
    });
    return loadFeedback(tx, feedbackId);
  });
}

/** The sprint review's view: overall and per delivered item. */
export async function summarizeSprintFeedback(
  db: Database,
  user: AuthUser,
  sprintId: string,
): Promise<FeedbackSummary> {
  await requireSprint(db.prisma, user, sprintId);
  const rows = await db.prisma.feedback.findMany({ where: { sprintId }, select: { rating: true, itemRatings: true } });
  const summary = summarizeFeedback(
    rows.map((row) => ({
      rating: row.rating,
      itemRatings: storedRatings(row.itemRatings).map((r) => ({ item: r.cardId, rating: r.rating })),
    })),
  );
  const cards = await db.prisma.card.findMany({
    where: { id: { in: summary.items.map((i) => i.item) } },
    select: { id: true, title: true },
  });
  const titles = new Map(cards.map((c) => [c.id, c.title]));
  return {
    ...summary,
    items: summary.items.flatMap(({ item, ...rest }) => {
      const title = titles.get(item);
      return title === undefined ? [] : [{ cardId: item, title, ...rest }];
    }),
  };
}
