import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSprint, sprintWithLink, submit } from './feedback-fixtures.ts';
import { type Client, createBoard, join, signUp, snapshot, useTestApp } from './helper.ts';

describe('feedback links and triage', () => {
  const t = useTestApp({ publicLimits: { perIp: 100_000, perToken: 100_000 } });
  let member: Client;
  let fixture: Awaited<ReturnType<typeof sprintWithLink>>;

  beforeAll(async () => {
    member = await join(t.app, t.as, t.as.teamId, 'Max Member');
    fixture = await sprintWithLink(t.db, t.as);
  });

  /** Submits anonymously and returns the stored feedback's id and its receipt. */
  async function give(body: object = {}) {
    const res = await submit(t.app, fixture.token, body);
    if (res.statusCode !== 201) throw new Error(`submit: ${res.statusCode} ${res.body}`);
    const receipt = res.json().receipt as string;
    const inbox = await t.as.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/feedback` });
    return { id: inbox.json()[0].id as string, receipt };
  }

  const receiptOf = async (receipt: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/public/receipts/${receipt}` })).json();

  it('lets a lead make several labelled links per sprint, each with its response count', async () => {
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const res = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${fixture.sprint.id}/feedback-links`,
      payload: { label: 'Partners', message: 'Hi', expiresAt },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().url).toBe(`/f/${res.json().token}`);
    expect(res.json().token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await t.db.prisma.feedbackLink.findUniqueOrThrow({ where: { id: res.json().link.id } });
    expect(JSON.stringify(row)).not.toContain(res.json().token);
    await submit(t.app, res.json().token, {});
    await submit(t.app, res.json().token, {});
    const list = await member.inject({ method: 'GET', url: `/api/sprints/${fixture.sprint.id}/feedback-links` });
    expect(
      list
        .json()
        .map((l: { label: string; responseCount: number; status: string }) => [l.label, l.responseCount, l.status]),
    ).toEqual([
      ['Partners', 2, 'active'],
      ['Newsletter readers', 0, 'active'],
    ]);
    expect(list.body).not.toContain(res.json().token);
  });

  it("lists the team's active and completed sprints for the link picker, not planned ones or other teams'", async () => {
    await makeSprint(t.db, await createBoard(t.as, 'Planned only'), { state: 'planned', name: 'Not yet' });
    const res = await member.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/feedback-sprints` });
    const names = res.json().map((s: { name: string; state: string }) => s.name);
    expect(names).toContain('Launch 7');
    expect(names).not.toContain('Not yet');
    const outsider = await signUp(t.app, { team: 'Nosy team' });
    const theirs = await outsider.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/feedback-sprints` });
    expect(theirs.statusCode).toBe(404);
  });

  it('refuses links from members, for planned sprints, with a past expiry or no label, changing nothing', async () => {
    const planned = await makeSprint(t.db, await createBoard(t.as, 'Later'), { state: 'planned' });
    const outsider = await signUp(t.app, { team: 'Other team' });
    const before = await snapshot(t.db);
    const post = (client: Client, sprintId: string, payload: object) =>
      client.inject({ method: 'POST', url: `/api/sprints/${sprintId}/feedback-links`, payload });
    expect((await post(member, fixture.sprint.id, { label: 'Mine' })).statusCode).toBe(403);
    const early = await post(t.as, planned.id, { label: 'Early' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'SPRINT_NOT_STARTED',
      detail: 'Feedback links are for active or completed sprints; start it first.',
    });
    const past = await post(t.as, fixture.sprint.id, { label: 'Old', expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.statusCode).toBe(400);
    expect(past.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      detail: 'The expiry must be in the future.',
      errors: [{ path: 'body.expiresAt', message: 'The expiry must be in the future.' }],
    });
    expect((await post(t.as, fixture.sprint.id, { label: '  ' })).statusCode).toBe(400);
    expect((await post(outsider, fixture.sprint.id, { label: 'X' })).json().code).toBe('SPRINT_NOT_FOUND');
    expect(await snapshot(t.db)).toBe(before);
  });

  it('revokes a link at once; its page then answers 404 and its feedback stays', async () => {
    const made = await sprintWithLink(t.db, t.as);
    await submit(t.app, made.token, {});
    expect((await member.inject({ method: 'DELETE', url: `/api/feedback-links/${made.linkId}` })).statusCode).toBe(403);
    const revoked = await t.as.inject({ method: 'DELETE', url: `/api/feedback-links/${made.linkId}` });
    expect(revoked.json()).toMatchObject({ status: 'revoked', responseCount: 1 });
    const page = await t.app.inject({ method: 'GET', url: `/api/public/feedback/${made.token}` });
    expect(page.statusCode).toBe(404);
    expect(await t.db.prisma.feedback.count({ where: { linkId: made.linkId } })).toBe(1);
  });

  it('lists the inbox newest first with filters by sprint, link, rating and status', async () => {
    const other = await sprintWithLink(t.db, t.as);
    await submit(t.app, other.token, { rating: 2, worked: 'Other sprint' });
    const first = await give({ rating: 5, worked: 'First' });
    await give({ rating: 3, worked: 'Second' });
    const list = async (query: string) =>
      (await member.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/feedback?${query}` }))
        .json()
        .map((f: { worked: string }) => f.worked);
    expect((await list('')).slice(0, 3)).toEqual(['Second', 'First', 'Other sprint']);
    expect(await list(`sprintId=${other.sprint.id}`)).toEqual(['Other sprint']);
    expect(await list(`linkId=${other.linkId}`)).toEqual(['Other sprint']);
    expect(await list('rating=5')).toEqual(['First']);
    await t.as.inject({ method: 'POST', url: `/api/feedback/${first.id}/decline`, payload: { note: 'Not now' } });
    expect(await list('status=declined')).toEqual(['First']);
    expect(
      (await member.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/feedback?rating=9` })).statusCode,
    ).toBe(400);
  });

  it('accepts feedback as cards at the top of the backlog, linked both ways, and the receipt says "in the backlog"', async () => {
    const existing = await t.db.prisma.card.create({
      data: { teamId: t.as.teamId, title: 'Old backlog item', rank: 'a0' },
    });
    const { id, receipt } = await give({ change: 'Add subtitles; shorter mails' });
    const res = await t.as.inject({
      method: 'POST',
      url: `/api/feedback/${id}/accept`,
      payload: { cards: [{ title: 'Subtitles on videos' }, { title: 'Shorter mails', description: 'From feedback' }] },
    });
    expect(res.statusCode).toBe(200);
    const { feedback, cards } = res.json();
    expect(feedback).toMatchObject({ status: 'accepted', triagedBy: { userId: t.as.user.id } });
    expect(feedback.cards.map((c: { title: string; sprint: null }) => [c.title, c.sprint])).toEqual([
      ['Subtitles on videos', null],
      ['Shorter mails', null],
    ]);
    expect(
      cards.every((c: { sourceFeedbackId: string; boardId: null }) => c.sourceFeedbackId === id && !c.boardId),
    ).toBe(true);
    const backlog = await t.db.prisma.card.findMany({
      where: { teamId: t.as.teamId, sprintId: null, boardId: null, columnId: null },
      orderBy: { rank: 'asc' },
    });
    expect(backlog.map((c) => c.title)).toEqual(['Subtitles on videos', 'Shorter mails', existing.title]);
    expect((await receiptOf(receipt)).message).toBe('Accepted: in the backlog.');
    await t.db.prisma.card.updateMany({ where: { sourceFeedbackId: id }, data: { sprintId: fixture.sprint.id } });
    expect((await receiptOf(receipt)).message).toBe('Accepted: planned for sprint Launch 7.');
  });

  it('marks a duplicate of another feedback of the team, never of itself or in a loop', async () => {
    const a = await give({ worked: 'A' });
    const b = await give({ worked: 'B' });
    const before = await snapshot(t.db);
    const dup = (id: string, of: string, client = t.as) =>
      client.inject({ method: 'POST', url: `/api/feedback/${id}/duplicate`, payload: { of } });
    expect((await dup(a.id, a.id)).statusCode).toBe(400);
    expect((await dup(a.id, randomUUID())).json().code).toBe('FEEDBACK_NOT_FOUND');
    expect((await dup(a.id, b.id, member)).statusCode).toBe(403);
    const outsider = await signUp(t.app, { team: 'Their team' });
    const theirs = await sprintWithLink(t.db, outsider);
    await submit(t.app, theirs.token, {});
    const theirId = (await outsider.inject({ method: 'GET', url: `/api/teams/${outsider.teamId}/feedback` })).json()[0]
      .id;
    expect((await dup(a.id, theirId)).json().code).toBe('FEEDBACK_NOT_FOUND');
    expect((await dup(theirId, a.id)).json().code).toBe('FEEDBACK_NOT_FOUND');
    const after = JSON.parse(await snapshot(t.db));
    const prior = JSON.parse(before);
    expect(after.feedback.filter((f: { teamId: string }) => f.teamId === t.as.teamId)).toEqual(
      prior.feedback.filter((f: { teamId: string }) => f.teamId === t.as.teamId),
    );
    const marked = await dup(a.id, b.id);
    expect(marked.json()).toMatchObject({ status: 'duplicate', duplicateOfId: b.id });
    expect((await receiptOf(a.receipt)).status).toBe('duplicate');
  });

  it('declines with a note, and triages only once', async () => {
    const { id, receipt } = await give();
    const before = await snapshot(t.db);
    const decline = (note: string) =>
      t.as.inject({ method: 'POST', url: `/api/feedback/${id}/decline`, payload: { note } });
    expect((await decline('  ')).statusCode).toBe(400);
    expect(await snapshot(t.db)).toBe(before);
    expect((await decline('Out of scope for Q4')).json()).toMatchObject({
      status: 'declined',
      triageNote: 'Out of scope for Q4',
    });
    expect((await receiptOf(receipt)).message).not.toContain('Out of scope');
    const again = await t.as.inject({
      method: 'POST',
      url: `/api/feedback/${id}/accept`,
      payload: { cards: [{ title: 'X' }] },
    });
    expect(again.json().code).toBe('FEEDBACK_ALREADY_TRIAGED');
    expect(await t.db.prisma.card.count({ where: { sourceFeedbackId: id } })).toBe(0);
  });

  it('refuses accepting into 0 or 11 cards and changes nothing', async () => {
    const { id } = await give();
    const before = await snapshot(t.db);
    for (const count of [0, 11]) {
      const cards = Array.from({ length: count }, (_, i) => ({ title: `Card ${i}` }));
      const res = await t.as.inject({ method: 'POST', url: `/api/feedback/${id}/accept`, payload: { cards } });
      expect(res.statusCode).toBe(400);
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it("summarises a sprint's feedback for its review", async () => {
    const made = await sprintWithLink(t.db, t.as);
    const items = (await t.app.inject({ method: 'GET', url: `/api/public/feedback/${made.token}` })).json().items;
    await submit(t.app, made.token, { rating: 5, itemRatings: [{ item: items[0].key, rating: 4 }] });
    await submit(t.app, made.token, { rating: 2, itemRatings: [{ item: items[0].key, rating: 2 }] });
    const res = await member.inject({ method: 'GET', url: `/api/sprints/${made.sprint.id}/feedback-summary` });
    expect(res.json()).toEqual({
      count: 2,
      averageRating: 3.5,
      ratingCounts: [0, 1, 0, 0, 1],
      items: [{ cardId: made.done[0]!.id, title: 'Landing page', count: 2, averageRating: 3 }],
    });
  });
});
