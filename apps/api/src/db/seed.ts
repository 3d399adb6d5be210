import { type Discipline, keysBetween, type Role } from '@echoboard/domain';
import { hashPassword } from '../modules/auth/password.ts';
import { adoptOrphanTeams } from '../modules/auth/sign-up.ts';
import { DEFAULT_COLUMNS } from '../modules/boards/boards.service.ts';
import type { Database } from './database.ts';
import { demoCalendar } from './seed-calendar.ts';
import { recordDemoHistory } from './seed-history.ts';
import { seedCampaign, seedFeedback } from './seed-outcomes.ts';
import { seedSprints } from './seed-sprints.ts';
import { inTransaction } from './transaction.ts';

interface DemoCard {
  title: string;
  description?: string;
  effort?: number;
  labels?: string[];
  /** Days from today; negative is overdue. */
  dueInDays?: number;
  assignee?: string;
  /** Moved here during the running sprint: from that column, that many working days ago (0: today). */
  movedFrom?: { column: string; daysAgo: number };
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
      movedFrom: { column: 'To do', daysAgo: 2 },
    },
    {
      title: 'Hero video storyboard',
      effort: 3,
      labels: ['design', 'video'],
      dueInDays: -1,
      assignee: 'Marco Silva',
      movedFrom: { column: 'To do', daysAgo: 1 },
    },
  ],
  Review: [
    {
      title: 'UTM naming convention',
      effort: 1,
      labels: ['analytics'],
      assignee: 'Sam Park',
      movedFrom: { column: 'To do', daysAgo: 1 },
    },
    {
      title: 'Brand messaging house',
      effort: 3,
      labels: ['strategy'],
      assignee: 'Lena Okafor',
      movedFrom: { column: 'To do', daysAgo: 0 },
    },
  ],
  Done: [
    {
      title: 'Campaign brief signed off',
      effort: 2,
      labels: ['strategy'],
      assignee: 'Lena Okafor',
      movedFrom: { column: 'Doing', daysAgo: 2 },
    },
    {
      title: 'Persona interviews (5 customers)',
      effort: 5,
      labels: ['research'],
      assignee: 'Tom Becker',
      movedFrom: { column: 'Doing', daysAgo: 1 },
    },
    {
      title: 'Competitor messaging audit',
      effort: 3,
      labels: ['research'],
      assignee: 'Priya Shah',
      movedFrom: { column: 'Review', daysAgo: 2 },
    },
    {
      title: 'Tracking pixel on marketing site',
      effort: 1,
      labels: ['analytics', 'web'],
      assignee: 'Sam Park',
      movedFrom: { column: 'Review', daysAgo: 1 },
    },
  ],
};

const daysFromToday = (days: number) => {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + days);
  return date;
};

export const DEMO_TEAM = 'Northwind Marketing';
export const DEMO_PASSWORD = 'echoboard-demo';

export const DEMO_PEOPLE: { email: string; name: string; role: Role; discipline: Discipline }[] = [
  { email: 'lead@demo.echoboard.app', name: 'Lena Okafor', role: 'lead', discipline: 'marketing' },
  { email: 'priya@demo.echoboard.app', name: 'Priya Shah', role: 'member', discipline: 'content' },
  { email: 'marco@demo.echoboard.app', name: 'Marco Silva', role: 'member', discipline: 'design' },
  { email: 'sam@demo.echoboard.app', name: 'Sam Park', role: 'member', discipline: 'analytics' },
];

/**
 * Seeds the demo team (a lead and three members, all with DEMO_PASSWORD) and its board, when the
 * database has no account yet. Returns the people created, or null when it did nothing.
 */
export async function seedDemo(db: Database, options: { scryptN: number }): Promise<typeof DEMO_PEOPLE | null> {
  const passwordHash = await hashPassword(DEMO_PASSWORD, options.scryptN);
  const calendar = demoCalendar();
  return inTransaction(db, async (tx) => {
    if ((await tx.user.count()) > 0) return null;
    const team = await tx.team.create({ data: { name: DEMO_TEAM } });
    const members = new Map<string, string>();
    for (const person of DEMO_PEOPLE) {
      const user = await tx.user.create({ data: { email: person.email, name: person.name, passwordHash } });
      members.set(person.name, user.id);
      await tx.membership.create({
        data: { teamId: team.id, userId: user.id, role: person.role, discipline: person.discipline },
      });
      // Boards from before accounts go to the demo lead rather than to whoever signs up first.
      if (person.role === 'lead') await adoptOrphanTeams(tx, user.id);
    }
    const columnRanks = keysBetween(null, null, DEFAULT_COLUMNS.length);
    const board = await tx.board.create({ data: { teamId: team.id, name: 'Spring campaign launch' } });
    for (const [i, spec] of DEFAULT_COLUMNS.entries()) {
      const column = await tx.column.create({ data: { boardId: board.id, ...spec, rank: columnRanks[i]! } });
      const cards = DEMO[spec.name] ?? [];
      const ranks = keysBetween(null, null, cards.length);
      await tx.card.createMany({
        data: cards.map((card, j) => ({
          teamId: team.id,
          boardId: board.id,
          columnId: column.id,
          title: card.title,
          description: card.description ?? '',
          effort: card.effort ?? null,
          labels: card.labels ?? [],
          dueDate: card.dueInDays === undefined ? null : daysFromToday(card.dueInDays),
          // Members are assigned by id (capacity counts them); others, like an agency, by name.
          assigneeId: card.assignee ? (members.get(card.assignee) ?? null) : null,
          assignee: card.assignee && !members.has(card.assignee) ? card.assignee : null,
          rank: ranks[j]!,
        })),
      });
    }
    const carried = await tx.card.findFirst({ where: { boardId: board.id, title: 'Hero video storyboard' } });
    const sprints = await seedSprints(tx, {
      teamId: team.id,
      boardId: board.id,
      members,
      carriedOverId: carried?.id,
      calendar,
    });
    await seedCampaign(tx, { teamId: team.id, sprintIds: [sprints.previousId, sprints.activeId], calendar });
    const lead = DEMO_PEOPLE.find((p) => p.role === 'lead')!;
    const leadId = members.get(lead.name)!;
    await seedFeedback(tx, { teamId: team.id, sprintId: sprints.previousId, leadId, calendar });
    const columns = await tx.column.findMany({ where: { boardId: board.id } });
    const columnId = (name: string) => columns.find((column) => column.name === name)!.id;
    const cards = await tx.card.findMany({ where: { boardId: board.id } });
    const movesOnDay = new Map<number, number>();
    const moves = Object.values(DEMO)
      .flat()
      .flatMap(({ title, assignee, movedFrom }) => {
        if (!movedFrom) return [];
        const mover = DEMO_PEOPLE.find((p) => p.name === assignee) ?? lead;
        const nth = movesOnDay.get(movedFrom.daysAgo) ?? 0;
        movesOnDay.set(movedFrom.daysAgo, nth + 1);
        return [
          {
            cardId: cards.find((card) => card.title === title)!.id,
            fromColumnId: columnId(movedFrom.column),
            at: calendar.workday(movedFrom.daysAgo, nth),
            actor: { userId: members.get(mover.name)!, name: mover.name },
          },
        ];
      });
    await recordDemoHistory(tx, {
      boardId: board.id,
      startedAt: sprints.startedAt,
      sprintEvents: sprints.events,
      moves,
    });
    return DEMO_PEOPLE;
  });
}

/** What to print after seeding: who can sign in, and how to turn the demo off. */
export function describeDemo(people: typeof DEMO_PEOPLE): string {
  const width = Math.max(...people.map((p) => p.email.length));
  const lines = people.map((p) => `  ${p.email.padEnd(width)}  ${p.name} (${p.role}, ${p.discipline})`);
  return [
    `Seeded the demo team "${DEMO_TEAM}" and its board "Spring campaign launch". Sign in as:`,
    ...lines,
    `  password for all: ${DEMO_PASSWORD}`,
    'For a real deployment start with SEED_DEMO=false.',
  ].join('\n');
}
