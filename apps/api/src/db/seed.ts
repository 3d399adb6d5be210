import { keysBetween } from '@echoboard/domain';
import { DEFAULT_COLUMNS } from '../modules/boards/boards.service.ts';
import type { Database } from './database.ts';
import { inTransaction } from './transaction.ts';

interface DemoCard {
  title: string;
  description?: string;
  effort?: number;
  labels?: string[];
  /** Days from today; negative is overdue. */
  dueInDays?: number;
  assignee?: string;
}

// A product-launch campaign as a cross-functional marketing team would run it.
const DEMO: Record<string, DemoCard[]> = {
  Backlog: [
    { title: 'Partner co-marketing webinar', effort: 8, labels: ['events', 'partners'], assignee: 'Priya Shah' },
    { title: 'Customer case study: Northwind', effort: 5, labels: ['content'], assignee: 'Tom Becker' },
    { title: 'Retargeting audiences for site visitors', effort: 3, labels: ['paid', 'ads'] },
    { title: 'Localise landing page for DE and FR', effort: 5, labels: ['web', 'localisation'] },
    { title: 'Referral programme mechanics', effort: 8, labels: ['growth'], assignee: 'Lena Okafor' },
    { title: 'Influencer shortlist for launch week', effort: 3, labels: ['social', 'partners'] },
  ],
  'To do': [
    {
      title: 'Press release for launch day',
      description: 'Embargoed draft to the three trade outlets; quotes from CEO and one pilot customer.',
      effort: 3,
      labels: ['pr'],
      dueInDays: 9,
      assignee: 'Tom Becker',
    },
    {
      title: 'Launch email sequence (3 emails)',
      effort: 5,
      labels: ['email', 'content'],
      dueInDays: 7,
      assignee: 'Priya Shah',
    },
    {
      title: 'Paid social ads: LinkedIn carousel',
      effort: 3,
      labels: ['paid', 'ads'],
      dueInDays: 6,
      assignee: 'Marco Silva',
    },
    { title: 'Sales one-pager', effort: 2, labels: ['sales enablement'], assignee: 'Lena Okafor' },
    { title: 'Launch-day social calendar', effort: 2, labels: ['social'], dueInDays: 8 },
  ],
  Doing: [
    {
      title: 'Landing page copy',
      description: 'Hero, three benefits, social proof, FAQ. Tone: confident, plain English. Review with product.',
      effort: 5,
      labels: ['web', 'content'],
      dueInDays: 2,
      assignee: 'Priya Shah',
    },
    {
      title: 'Analytics dashboard for launch KPIs',
      effort: 5,
      labels: ['analytics'],
      dueInDays: 4,
      assignee: 'Sam Park',
    },
    { title: 'Hero video storyboard', effort: 3, labels: ['design', 'video'], dueInDays: -1, assignee: 'Marco Silva' },
  ],
  Review: [
    { title: 'UTM naming convention', effort: 1, labels: ['analytics'], assignee: 'Sam Park' },
    { title: 'Brand messaging house', effort: 3, labels: ['strategy'], assignee: 'Lena Okafor' },
  ],
  Done: [
    { title: 'Campaign brief signed off', effort: 2, labels: ['strategy'], assignee: 'Lena Okafor' },
    { title: 'Persona interviews (5 customers)', effort: 5, labels: ['research'], assignee: 'Tom Becker' },
    { title: 'Competitor messaging audit', effort: 3, labels: ['research'], assignee: 'Priya Shah' },
    { title: 'Tracking pixel on marketing site', effort: 1, labels: ['analytics', 'web'], assignee: 'Sam Park' },
  ],
};

const daysFromToday = (days: number) => {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
};

/** Seeds the demo board when the database has no board at all. Returns whether it did. */
export async function seedDemo(db: Database): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    if ((await tx.board.count()) > 0) return false;
    const columnRanks = keysBetween(null, null, DEFAULT_COLUMNS.length);
    const board = await tx.board.create({ data: { name: 'Spring campaign launch' } });
    for (const [i, spec] of DEFAULT_COLUMNS.entries()) {
      const column = await tx.column.create({ data: { boardId: board.id, ...spec, rank: columnRanks[i]! } });
      const cards = DEMO[spec.name] ?? [];
      const ranks = keysBetween(null, null, cards.length);
      await tx.card.createMany({
        data: cards.map((card, j) => ({
          boardId: board.id,
          columnId: column.id,
          title: card.title,
          description: card.description ?? '',
          effort: card.effort ?? null,
          labels: card.labels ?? [],
          dueDate: card.dueInDays === undefined ? null : daysFromToday(card.dueInDays),
          assignee: card.assignee ?? null,
          rank: ranks[j]!,
        })),
      });
    }
    return true;
  });
}
