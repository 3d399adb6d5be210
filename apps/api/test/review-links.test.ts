import { beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/sprints/today.ts';
import { makeSprint, sprintWithLink } from './feedback-fixtures.ts';
import { type Client, columnOf, createBoard, getBoard, join, snapshot, useTestApp } from './helper.ts';
import { backlogCards, createSprint, plan, startSprint } from './sprint-helpers.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const DAY_MS = 86_400_000;

/** A completed sprint with effort, kudos, a campaign with a KPI and an item blocked at a scrum. */
async function completedSprint(lead: Client, priya: Client) {
  const board = await createBoard(lead, 'Review board');
  const sprint = await createSprint(lead, board.id, {
    name: 'Sprint 7',
    goal: 'Launch the webinar',
    startDate: todayIn('UTC'),
  });
  const [landing, invite, slides] = await backlogCards(lead, ['Landing page', 'Invite email', 'Slides'], {});
  for (const [card, effort, assigneeId] of [
    [landing!, 5, priya.user.id],
    [invite!, 3, lead.user.id],
    [slides!, 2, null],
  ] as const) {
    await lead.inject({ method: 'PATCH', url: `/api/cards/${card.id}`, payload: { effort, assigneeId } });
  }
  await plan(lead, [landing!, invite!, slides!], sprint.id);
  await startSprint(lead, sprint.id);
  const done = columnOf(await getBoard(lead, board.id), 'Done');
  await priya.inject({ method: 'POST', url: `/api/cards/${landing!.id}/move`, payload: { toColumnId: done.id } });
  await priya.inject({ method: 'POST', url: `/api/cards/${landing!.id}/effort`, payload: { minutes: 240 } });
  await lead.inject({ method: 'POST', url: `/api/cards/${landing!.id}/kudos`, payload: { toUserId: priya.user.id } });
  const campaign = (
    await lead.inject({
      method: 'POST',
      url: `/api/teams/${lead.teamId}/campaigns`,
      payload: { name: 'Webinar push', budgetMinor: 200_00, spendMinor: 100_00, revenueMinor: 250_00 },
    })
  ).json();
  await lead.inject({
    method: 'POST',
    url: `/api/campaigns/${campaign.id}/kpis`,
    payload: { name: 'Sign-ups', target: 200 },
  });
  await lead.inject({ method: 'PATCH', url: `/api/cards/${invite!.id}`, payload: { campaignId: campaign.id } });
  const scrum = await lead.inject({ method: 'POST', url: `/api/boards/${board.id}/scrum`, payload: {} });
  expect(scrum.statusCode, scrum.body).toBe(201);
  await lead.inject({
    method: 'PUT',
    url: `/api/cards/${invite!.id}/blocked`,
    payload: { reason: 'Waiting for legal' },
  });
  const ended = await lead.inject({ method: 'POST', url: `/api/boards/${board.id}/scrum/end` });
  expect(ended.statusCode, ended.body).toBe(200);
  const completed = await lead.inject({
    method: 'POST',
    url: `/api/sprints/${sprint.id}/complete`,
    payload: { carryOver: { to: 'backlog' } },
  });
  expect(completed.statusCode, completed.body).toBe(200);
  return { board, sprintId: sprint.id, campaignId: campaign.id as string, cardIds: [landing!, invite!, slides!] };
}

describe('shared review links', () => {
  // Rate limits have their own test below; here many requests come from one test address.
  const t = useTestApp({ publicLimits: { perIp: 100_000, perToken: 100_000 } });
  let priya: Client;
  let fixture: Awaited<ReturnType<typeof completedSprint>>;

  const share = (client: Client, sprintId: string, payload: object = { label: 'Leadership' }) =>
    client.inject({ method: 'POST', url: `/api/sprints/${sprintId}/review-links`, payload });
  const read = (token: string) => t.app.inject({ method: 'GET', url: `/api/public/reviews/${token}` });

  beforeAll(async () => {
    priya = await join(t.app, t.as, t.as.teamId, 'Priya Shah');
    fixture = await completedSprint(t.as, priya);
  });

  it("lets a lead share a completed sprint's review, which anyone with the link reads without an account", async () => {
    const res = await share(t.as, fixture.sprintId);
    expect(res.statusCode, res.body).toBe(201);
    const { token, url, link } = res.json();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url).toBe(`/r/${token}`);
    expect(link).toMatchObject({ label: 'Leadership', status: 'active', createdBy: 'Lena Lead', revokedAt: null });
    // Thirty days unless the lead chose otherwise.
    expect(Math.abs(Date.parse(link.expiresAt) - Date.now() - 30 * DAY_MS)).toBeLessThan(60_000);

    const team = (await priya.inject({ method: 'GET', url: `/api/sprints/${fixture.sprintId}/review` })).json();
    const shared = await read(token);
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.headers['cache-control']).toBe('no-store');
    const review = shared.json();
    expect(review).toMatchObject({
      teamName: 'Test team',
      expiresAt: link.expiresAt,
      sprint: { name: 'Sprint 7', goal: 'Launch the webinar', state: 'completed' },
      committedPoints: 10,
      completedPoints: 5,
      cardCount: 3,
      doneCount: 1,
      blocked: [{ title: 'Invite email', reason: 'Waiting for legal', scrumDate: todayIn('UTC') }],
    });
    // The same figures the team sees.
    expect(review.burndown).toEqual(team.burndown);
    expect(review.feedback).toEqual(team.feedback);
    expect(review.scrums).toEqual(team.scrums);
    expect(review.members).toEqual(team.members.map(({ memberId: _, ...m }: { memberId: string }) => m));
    expect(review.velocity).toEqual([
      expect.objectContaining({ name: 'Sprint 7', committedPoints: 10, completedPoints: 5 }),
    ]);
    const byName = Object.fromEntries(review.members.map((m: { name: string }) => [m.name, m]));
    expect(byName['Priya Shah']).toMatchObject({
      effort: { minutes: 240 },
      results: { cardsCompleted: 1, kudosReceived: 1 },
    });
    expect(review.campaigns).toEqual([
      expect.objectContaining({
        name: 'Webinar push',
        roi: 1.5,
        kpis: [expect.objectContaining({ name: 'Sign-ups', target: 200, state: 'no-data' })],
      }),
    ]);
  });

  it('shows outsiders no ids, no emails, no card list and no sprint record', async () => {
    const { token } = (await share(t.as, fixture.sprintId)).json();
    const body = (await read(token)).body;
    expect(body).not.toMatch(UUID);
    for (const secret of [t.as.user.email, priya.user.email, 'doneCardIds', '"cards"', '"record"']) {
      expect(body).not.toContain(secret);
    }
    expect(body).not.toContain(token);
  });

  it("shares a running sprint's review as a snapshot marked active, with today's figures", async () => {
    const board = await createBoard(t.as, 'Running board');
    const running = await makeSprint(t.db, board, { name: 'Launch 8' });
    const { token } = (await share(t.as, running.id)).json();
    const review = (await read(token)).json();
    expect(review.sprint).toMatchObject({ name: 'Launch 8', state: 'active' });
    expect(Math.abs(Date.parse(review.generatedAt) - Date.now())).toBeLessThan(60_000);
  });

  it('lets members see the links but only leads create or revoke them, and refuses bad input changing nothing', async () => {
    const planned = await makeSprint(t.db, await createBoard(t.as, 'Planned board'), { state: 'planned' });
    const before = await snapshot(t.db);
    const refusals: [Client, string, object, number, string][] = [
      [priya, fixture.sprintId, { label: 'Agency' }, 403, 'FORBIDDEN'],
      [t.as, planned.id, { label: 'Agency' }, 409, 'SPRINT_NOT_STARTED'],
      [t.as, fixture.sprintId, { label: '  ' }, 400, 'VALIDATION_FAILED'],
      [t.as, fixture.sprintId, { label: 'Agency', token: 'mine' }, 400, 'VALIDATION_FAILED'],
      [t.as, fixture.sprintId, { label: 'Agency', expiresAt: new Date(Date.now() - 1000).toISOString() }, 400, ''],
      [
        t.as,
        fixture.sprintId,
        { label: 'Agency', expiresAt: new Date(Date.now() + 400 * DAY_MS).toISOString() },
        400,
        '',
      ],
    ];
    for (const [client, sprintId, payload, status, code] of refusals) {
      const res = await share(client, sprintId, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      if (code) expect(res.json().code).toBe(code);
    }
    const tooLate = await share(t.as, fixture.sprintId, {
      label: 'Agency',
      expiresAt: new Date(Date.now() + 400 * DAY_MS).toISOString(),
    });
    expect(tooLate.json().errors).toEqual([
      { path: 'body.expiresAt', message: 'A review link works for at most 365 days; choose an earlier date.' },
    ]);
    expect(await snapshot(t.db)).toBe(before);

    const until = new Date(Date.now() + 7 * DAY_MS).toISOString();
    const made = await share(t.as, fixture.sprintId, { label: 'Agency', expiresAt: until });
    expect(made.json().link.expiresAt).toBe(until);
    const listed = await priya.inject({ method: 'GET', url: `/api/sprints/${fixture.sprintId}/review-links` });
    expect(listed.statusCode).toBe(200);
    expect(listed.json()[0]).toMatchObject({ id: made.json().link.id, label: 'Agency', status: 'active' });
    const revoke = await priya.inject({ method: 'DELETE', url: `/api/review-links/${made.json().link.id}` });
    expect(revoke.statusCode).toBe(403);
    expect(revoke.json().detail).toBe("Only a team lead can revoke review links. Ask one of your team's leads.");
    expect((await read(made.json().token)).statusCode).toBe(200);
  });

  it('answers one and the same 404 for unknown, revoked and expired links', async () => {
    const revoked = (await share(t.as, fixture.sprintId, { label: 'Revoked' })).json();
    const expired = (await share(t.as, fixture.sprintId, { label: 'Expired' })).json();
    expect((await read(revoked.token)).statusCode).toBe(200);
    const first = await t.as.inject({ method: 'DELETE', url: `/api/review-links/${revoked.link.id}` });
    expect(first.json()).toMatchObject({ status: 'revoked' });
    const again = await t.as.inject({ method: 'DELETE', url: `/api/review-links/${revoked.link.id}` });
    expect(again.json().revokedAt).toBe(first.json().revokedAt);
    await t.db.prisma.reviewLink.update({
      where: { id: expired.link.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const bodies = new Set<string>();
    for (const token of ['A'.repeat(43), revoked.token, expired.token]) {
      const res = await read(token);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({
        code: 'REVIEW_LINK_INVALID',
        detail: 'This review link does not work (any more). Ask the team for a new one.',
      });
      bodies.add(res.body);
    }
    expect(bodies.size).toBe(1);
    const statuses = (await t.as.inject({ method: 'GET', url: `/api/sprints/${fixture.sprintId}/review-links` }))
      .json()
      .filter((l: { label: string }) => l.label === 'Revoked' || l.label === 'Expired')
      .map((l: { label: string; status: string }) => `${l.label}: ${l.status}`);
    expect(statuses).toEqual(['Expired: expired', 'Revoked: revoked']);
    expect((await read('not a token')).statusCode).toBe(400);
  });
});

describe('shared review rate limits', () => {
  const t = useTestApp({ publicLimits: { perIp: 3, perToken: 100 } });

  it('counts review reads and feedback pages against one budget per address', async () => {
    const { token: feedback, sprint } = await sprintWithLink(t.db, t.as);
    const { token: review } = (
      await t.as.inject({ method: 'POST', url: `/api/sprints/${sprint.id}/review-links`, payload: { label: 'Board' } })
    ).json();
    const from = (url: string) => t.app.inject({ method: 'GET', url, remoteAddress: '203.0.113.8' });
    const codes = [];
    for (const url of [
      `/api/public/feedback/${feedback}`,
      `/api/public/reviews/${review}`,
      `/api/public/feedback/${feedback}`,
      `/api/public/reviews/${review}`,
    ]) {
      codes.push((await from(url)).statusCode);
    }
    expect(codes).toEqual([200, 200, 200, 429]);
    const other = await t.app.inject({ method: 'GET', url: `/api/public/reviews/${review}` });
    expect(other.statusCode).toBe(200);
  });
});
