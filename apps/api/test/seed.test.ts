import { dayOfWeek, daysBetween, workingDays } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/database.ts';
import { DEMO_PASSWORD, DEMO_TEAM, describeDemo, seedDemo } from '../src/db/seed.ts';
import { todayIn } from '../src/modules/sprints/today.ts';
import { authed, CSRF, freshDatabase, readHistory, sessionCookie, TEST_AUTH } from './helper.ts';
import { apply, boardOrder, emptyModel, orderOf } from './replay.ts';

describe('the demo seed', () => {
  it('creates a team with a lead and members who can sign in and see the demo board, once', async () => {
    const fresh = await freshDatabase();
    const app = await buildApp({ db: fresh.db, auth: TEST_AUTH });
    try {
      const people = await seedDemo(fresh.db, { scryptN: TEST_AUTH.scryptN });
      expect(people?.map((p) => [p.email, p.role])).toEqual([
        ['lead@demo.echoboard.app', 'lead'],
        ['priya@demo.echoboard.app', 'member'],
        ['marco@demo.echoboard.app', 'member'],
        ['sam@demo.echoboard.app', 'member'],
      ]);
      const printed = describeDemo(people!);
      expect(printed).toContain('lead@demo.echoboard.app');
      expect(printed).toContain(DEMO_PASSWORD);
      expect(printed).toContain('SEED_DEMO=false');

      for (const email of ['lead@demo.echoboard.app', 'sam@demo.echoboard.app']) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/auth/signin',
          headers: CSRF,
          payload: { email, password: DEMO_PASSWORD },
        });
        expect(res.statusCode, email).toBe(200);
        expect(res.json().teams).toEqual([expect.objectContaining({ name: DEMO_TEAM, memberCount: 4 })]);
        const boards = await authed(app, sessionCookie(res))({ method: 'GET', url: '/api/boards' });
        expect(boards.json()).toEqual([expect.objectContaining({ name: 'Spring campaign launch', cardCount: 20 })]);
      }
      await expectDemoSprints(app, fresh.db, DEMO_PASSWORD);
      expect(await seedDemo(fresh.db, { scryptN: TEST_AUTH.scryptN })).toBeNull();
    } finally {
      await app.close();
      await fresh.drop();
    }
    // A fresh database, the seed and five sign-ins (scrypt) in one scenario.
  }, 90_000);
});

/** The demo board runs a sprint started days ago, after a completed one, with the next one planned. */
async function expectDemoSprints(app: Awaited<ReturnType<typeof buildApp>>, db: Database, password: string) {
  const signin = await app.inject({
    method: 'POST',
    url: '/api/auth/signin',
    headers: CSRF,
    payload: { email: 'lead@demo.echoboard.app', password },
  });
  const lead = authed(app, sessionCookie(signin));
  const teamId = signin.json().teams[0].id;
  const [board] = (await lead({ method: 'GET', url: '/api/boards' })).json();
  const sprints = (await lead({ method: 'GET', url: `/api/boards/${board.id}/sprints` })).json();
  expect(sprints.map((s: { state: string }) => s.state)).toEqual(['planned', 'active', 'completed']);
  const [next, active, previous] = sprints;
  expect(active.goal).not.toBe('');
  expect(next.cardCount).toBe(2);
  expect(previous.record).toMatchObject({ committedPoints: 19, completedPoints: 16 });
  expect(previous.record.unfinishedCardIds).toHaveLength(1);
  const detail = (await lead({ method: 'GET', url: `/api/sprints/${active.id}` })).json();
  expect(detail.cards).toHaveLength(20);
  // It started on a Monday, a few days back whatever today is.
  const today = todayIn('UTC');
  expect(dayOfWeek(active.startDate)).toBe(1);
  expect(detail.progress).toMatchObject({
    day: daysBetween(active.startDate, today) + 1,
    of: 14,
    state: 'in-progress',
  });
  expect(detail.progress.day).toBeGreaterThanOrEqual(3);
  expect(detail.progress.day).toBeLessThanOrEqual(9);
  expect(detail.capacity).toMatchObject({ basis: 'availability', sprintsUsed: 1 });
  // Both sprints' reviews have a burndown: the running one's from the board history written day by day.
  const review = async (id: string) => (await lead({ method: 'GET', url: `/api/sprints/${id}/review` })).json();
  type Day = { date: string; working: boolean; remaining: number | null };
  const pastDays = (r: { burndown: { days: Day[] } }) =>
    r.burndown.days.filter((d): d is Day & { remaining: number } => d.remaining !== null);
  const remaining = (r: { burndown: { days: Day[] } }) => pastDays(r).map((d) => d.remaining);
  // The team works on working days: the line never moves on a weekend.
  const movesOnWorkingDaysOnly = (days: Day[]) =>
    days.every((d, i) => i === 0 || d.working || d.remaining === days[i - 1]!.remaining);
  const running = await review(active.id);
  expect(running.burndown.committedAtStart).toBe(running.committedPoints);
  // Done: 2 + 3 points on the third-latest working day, 5 + 1 on the second-latest (what moved on
  // the latest, today on a weekday, went to Review).
  const worked = workingDays(active.startDate, today);
  const days = pastDays(running);
  expect(days.map((d) => running.burndown.committedAtStart - d.remaining)).toEqual(
    days.map((d) => (d.date < worked.at(-3)! ? 0 : d.date < worked.at(-2)! ? 5 : 11)),
  );
  expect(movesOnWorkingDaysOnly(days)).toBe(true);
  const before = await review(previous.id);
  expect(before.burndown.committedAtStart).toBe(19);
  expect(remaining(before)).toHaveLength(14);
  expect(new Set(remaining(before))).toEqual(new Set([19, 16, 14, 11, 6, 3]));
  expect(movesOnWorkingDaysOnly(pastDays(before))).toBe(true);
  // Replaying the board's events from 0 yields the board as it is.
  const loaded = (await lead({ method: 'GET', url: `/api/boards/${board.id}` })).json();
  expect(orderOf(apply(emptyModel(), await readHistory(db, board.id)))).toEqual(boardOrder(loaded));

  const backlog = (await lead({ method: 'GET', url: `/api/teams/${teamId}/backlog` })).json();
  expect(backlog.cards.length).toBeGreaterThanOrEqual(3);

  // What the team measures: the launch campaign, its money and KPIs, and the sprints' cards.
  const [campaign] = (await lead({ method: 'GET', url: `/api/teams/${teamId}/campaigns` })).json();
  expect(campaign).toMatchObject({ name: 'Spring product launch', cardCount: 20 + 5, budget: { state: 'within' } });
  expect(campaign.roi).toBeCloseTo((9_800 - 4_350) / 4_350);
  const kpis = campaign.kpis.map((k: { name: string; leading: boolean; state: string }) => [
    k.name,
    k.leading,
    k.state,
  ]);
  expect(kpis).toEqual(
    expect.arrayContaining([
      ['Launch page sign-ups', true, 'behind'],
      ['Cost per lead', false, 'behind'],
      ['Sales pipeline from the launch', false, 'no-data'],
    ]),
  );
  // What end users said about the sprint before: one accepted into the backlog, two to triage.
  const inbox = (await lead({ method: 'GET', url: `/api/teams/${teamId}/feedback` })).json();
  expect(inbox.map((f: { status: string }) => f.status)).toEqual(['new', 'new', 'accepted']);
  expect(inbox.every((f: { sprint: { id: string } }) => f.sprint.id === previous.id)).toBe(true);
  expect(inbox[2].cards).toEqual([expect.objectContaining({ title: 'Pricing page A/B test', sprint: null })]);
  expect(inbox[2].itemRatings.map((r: { title: string }) => r.title)).toEqual([
    'Positioning workshop',
    'Website content audit',
  ]);
}
