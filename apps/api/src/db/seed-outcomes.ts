import { addDays } from '@echoboard/domain';
import { fromCalendarDate } from '../modules/mappers.ts';
import { hashToken, newToken } from '../modules/tokens.ts';
import type { DemoCalendar } from './seed-calendar.ts';
import type { Tx } from './transaction.ts';

/*
 * What the demo team measures and hears: the launch campaign its board works for, with money and
 * KPIs (leading indicators among them), and end users' feedback on the sprint before, one piece
 * already accepted into the backlog and two waiting for the lead.
 */

const euros = (amount: number) => BigInt(Math.round(amount * 100));

/** The launch campaign, its KPIs, and the board's sprint cards (past and present) linked to it. */
export async function seedCampaign(tx: Tx, options: { teamId: string; sprintIds: string[]; calendar: DemoCalendar }) {
  // From the sprint before's first day to the next sprint's last.
  const day = (n: number) => fromCalendarDate(addDays(options.calendar.start, n))!;
  const campaign = await tx.campaign.create({
    data: {
      teamId: options.teamId,
      name: 'Spring product launch',
      channels: ['Email', 'LinkedIn', 'Web', 'PR'],
      currency: 'EUR',
      budgetMinor: euros(12_000),
      spendMinor: euros(4_350),
      revenueMinor: euros(9_800),
      startDate: day(-14),
      endDate: day(27),
    },
  });
  // Behind or on track however far into the campaign the demo opens (its running sprint is two to
  // eight days in): progress 30% and 28% against 38–54% of the time gone, 57% ahead of it.
  await tx.kpi.createMany({
    data: [
      { name: 'Launch page sign-ups', unit: 'sign-ups', leading: true, baseline: 0, target: 500, actual: 150 },
      { name: 'Email click-through rate', unit: '%', leading: true, baseline: 2.1, target: 3.5, actual: 2.9 },
      { name: 'Cost per lead', unit: 'EUR', direction: 'decrease', baseline: 48, target: 30, actual: 43 },
      { name: 'Sales pipeline from the launch', unit: 'EUR', baseline: 0, target: 60_000, actual: null },
    ].map((kpi) => ({ campaignId: campaign.id, ...kpi })),
  });
  await tx.card.updateMany({
    where: { teamId: options.teamId, sprintId: { in: options.sprintIds } },
    data: { campaignId: campaign.id },
  });
}

/**
 * End users' feedback on the completed sprint, through a link the lead shared (its token was
 * never shown, so it cannot be opened: the lead makes a new one to try the form).
 */
export async function seedFeedback(
  tx: Tx,
  options: { teamId: string; sprintId: string; leadId: string; calendar: DemoCalendar },
) {
  const { teamId, sprintId, leadId } = options;
  // Everything happened after the sprint was completed: shares of the time since.
  const after = options.calendar.sinceCompletion;
  const link = await tx.feedbackLink.create({
    data: {
      sprintId,
      label: 'Pilot customers',
      message: 'Tell us what worked for you in this sprint and what we should change next.',
      tokenHash: hashToken(newToken()),
      createdById: leadId,
      createdAt: after(0.02),
    },
  });
  const delivered = await tx.card.findMany({
    where: { sprintId },
    orderBy: { rank: 'asc' },
    select: { id: true, title: true },
  });
  const rated = (title: string, rating: number) => {
    const card = delivered.find((c) => c.title === title);
    return card ? [{ cardId: card.id, rating }] : [];
  };
  const submitted = (share: number) => ({
    teamId,
    sprintId,
    linkId: link.id,
    idempotencyKey: newToken().slice(0, 32),
    receiptHash: hashToken(newToken()),
    createdAt: after(share),
  });
  const accepted = await tx.feedback.create({
    data: {
      ...submitted(0.1),
      rating: 4,
      worked: 'The new positioning is much clearer; our sales team already uses the wording.',
      change: 'Show pricing on the website. We lost two evaluations because people could not find it.',
      name: 'Dana Whitfield',
      itemRatings: [...rated('Positioning workshop', 5), ...rated('Website content audit', 3)],
      status: 'accepted',
      triageNote: 'Into the backlog as the pricing page test.',
      triagedById: leadId,
      triagedAt: after(0.3),
    },
  });
  await tx.card.updateMany({
    where: { teamId, sprintId: null, boardId: null, title: 'Pricing page A/B test' },
    data: { sourceFeedbackId: accepted.id },
  });
  await tx.feedback.createMany({
    data: [
      {
        ...submitted(0.6),
        rating: 3,
        worked: 'The refreshed newsletter looks great on mobile.',
        change: 'Send it on Tuesdays rather than Fridays; Friday issues get buried.',
        itemRatings: rated('Newsletter template refresh', 4),
      },
      {
        ...submitted(0.95),
        rating: 5,
        worked: 'The brand photos finally look like our customers.',
        change: '',
        name: 'Ravi Menon',
        email: 'ravi@example.com',
        itemRatings: rated('Brand photo shoot brief', 5),
      },
    ],
  });
}
