import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/modules/tokens.ts';
import { makeSprint, sprintWithLink, submit } from './feedback-fixtures.ts';
import { addCards, createBoard, signUp, snapshot, useTestApp } from './helper.ts';

describe('public feedback page and submit', () => {
  // Rate limits have their own tests below; here many requests come from one test address.
  const t = useTestApp({ publicLimits: { perIp: 100_000, perToken: 100_000 } });
  let fixture: Awaited<ReturnType<typeof sprintWithLink>>;

  beforeAll(async () => {
    fixture = await sprintWithLink(t.db, t.as);
  });

  const page = (token: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/api/public/feedback/${token}`, headers });

  it("shows the team's name, the sprint goal, the link's message and the cards in the last column", async () => {
    const res = await page(fixture.token);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      teamName: 'Test team',
      sprintName: 'Launch 7',
      sprintGoal: 'Ship the autumn campaign',
      message: 'Tell us how it went!',
    });
    expect(body.items.map((i: { title: string }) => i.title)).toEqual(['Landing page', 'Newsletter']);
  });

  it('exposes no ids, emails or member names, and its item keys work on no member route', async () => {
    const body = (await page(fixture.token)).body;
    const secrets = [
      t.as.user.id,
      t.as.user.email,
      t.as.user.name,
      t.as.teamId,
      fixture.board.id,
      fixture.sprint.id,
      fixture.linkId,
      ...fixture.done.map((c) => c.id),
    ];
    for (const secret of secrets) expect(body).not.toContain(secret);
    expect(body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    const key = JSON.parse(body).items[0].key;
    const asCard = await t.as.inject({ method: 'PATCH', url: `/api/cards/${key}`, payload: { title: 'x' } });
    expect(asCard.statusCode).toBe(400);
  });

  it('lists shareable cards instead when any are marked, and a completed sprint its recorded done cards', async () => {
    const board = await createBoard(t.as, 'Second board');
    const [a, b] = await addCards(t.as, board, 'Doing', ['Press kit', 'Webinar']);
    const completed = await makeSprint(t.db, board, {
      state: 'completed',
      name: 'Launch 6',
      record: { doneCardIds: [b!.id, a!.id] },
    });
    await t.db.prisma.card.updateMany({ where: { id: { in: [a!.id, b!.id] } }, data: { sprintId: completed.id } });
    const link = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${completed.id}/feedback-links`,
      payload: { label: 'Partners' },
    });
    const token = link.json().token;
    const titles = async () => (await page(token)).json().items.map((i: { title: string }) => i.title);
    expect(await titles()).toEqual(['Webinar', 'Press kit']);
    await t.db.prisma.card.update({ where: { id: a!.id }, data: { shareable: true } });
    expect(await titles()).toEqual(['Press kit']);
  });

  it('answers one and the same 404 for unknown, revoked and expired links, and for planned sprints', async () => {
    const revoked = await sprintWithLink(t.db, t.as);
    await t.as.inject({ method: 'DELETE', url: `/api/feedback-links/${revoked.linkId}` });
    const expired = await sprintWithLink(t.db, t.as);
    await t.db.prisma.feedbackLink.update({
      where: { id: expired.linkId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const planned = await sprintWithLink(t.db, t.as);
    await t.db.prisma.sprint.update({ where: { id: planned.sprint.id }, data: { state: 'planned' } });
    const before = await snapshot(t.db);
    const bodies = new Set<string>();
    for (const token of ['A'.repeat(43), revoked.token, expired.token, planned.token]) {
      const get = await page(token);
      const post = await submit(t.app, token, {});
      expect([get.statusCode, post.statusCode]).toEqual([404, 404]);
      expect(get.json().code).toBe('FEEDBACK_LINK_INVALID');
      bodies.add(get.body).add(post.body);
    }
    expect(bodies.size).toBe(1);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('stores a submission once with its team, sprint and link, and answers a receipt whose hash alone is kept', async () => {
    const res = await submit(t.app, fixture.token, {
      rating: 5,
      worked: 'Clear <b>copy</b>',
      change: 'More video',
      name: 'Ana',
      email: 'ana@example.com',
    });
    expect(res.statusCode).toBe(201);
    const { receipt, url } = res.json();
    expect(receipt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url).toBe(`/f/receipt/${receipt}`);
    const row = await t.db.prisma.feedback.findUniqueOrThrow({ where: { receiptHash: hashToken(receipt) } });
    expect(row).toMatchObject({
      teamId: t.as.teamId,
      sprintId: fixture.sprint.id,
      linkId: fixture.linkId,
      rating: 5,
      worked: 'Clear <b>copy</b>',
      status: 'new',
      email: 'ana@example.com',
    });
    const receiptPage = await t.app.inject({ method: 'GET', url: `/api/public/receipts/${receipt}` });
    expect(receiptPage.json()).toMatchObject({ status: 'new', sprintName: 'Launch 7' });
  });

  it('stores item ratings against the cards behind the opaque keys', async () => {
    const items = (await page(fixture.token)).json().items;
    const res = await submit(t.app, fixture.token, { itemRatings: [{ item: items[1].key, rating: 2 }] });
    const row = await t.db.prisma.feedback.findUniqueOrThrow({ where: { receiptHash: hashToken(res.json().receipt) } });
    expect(row.itemRatings).toEqual([{ cardId: fixture.done[1]!.id, rating: 2 }]);
  });

  it('refuses an invalid submission with every field error and changes nothing', async () => {
    const before = await snapshot(t.db);
    const res = await submit(t.app, fixture.token, {
      rating: null,
      worked: 'x'.repeat(2001),
      email: 'nope',
      itemRatings: [{ item: fixture.done[0]!.id, rating: 3 }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.rating',
      'body.worked',
      'body.email',
      'body.itemRatings.0',
    ]);
    const honeypot = await submit(t.app, fixture.token, { homepage: 'http://spam.example' });
    expect(honeypot.statusCode).toBe(400);
    const tooBig = await submit(t.app, fixture.token, { worked: 'x'.repeat(40_000) });
    expect(tooBig.statusCode).toBe(413);
    const form = await t.app.inject({
      method: 'POST',
      url: `/api/public/feedback/${fixture.token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `idempotencyKey=${randomUUID()}&rating=5`,
    });
    expect(form.statusCode).toBe(415);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('stores one row for 50 concurrent submits with the same key, and answers all with the same receipt', async () => {
    const idempotencyKey = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => submit(t.app, fixture.token, { idempotencyKey, worked: 'Twice?' })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    expect(new Set(responses.map((r) => r.json().receipt)).size).toBe(1);
    expect(await t.db.prisma.feedback.count({ where: { idempotencyKey } })).toBe(1);
  });

  it('refuses a key already used through another link of the sprint, revealing no receipt', async () => {
    const other = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${fixture.sprint.id}/feedback-links`,
      payload: { label: 'Second link' },
    });
    const idempotencyKey = randomUUID();
    expect((await submit(t.app, fixture.token, { idempotencyKey })).statusCode).toBe(201);
    const reused = await submit(t.app, other.json().token, { idempotencyKey });
    expect(reused.statusCode).toBe(400);
    expect(reused.body).not.toContain('receipt"');
  });

  it('needs neither a session nor the CSRF header, and ignores a member cookie that comes along', async () => {
    const member = await signUp(t.app, { team: false });
    const res = await submit(t.app, fixture.token, {}, { cookie: member.cookie });
    expect(res.statusCode).toBe(201);
    const row = await t.db.prisma.feedback.findUniqueOrThrow({ where: { receiptHash: hashToken(res.json().receipt) } });
    expect(row.triagedById).toBeNull();
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('answers 404 for an unknown receipt', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/public/receipts/${'B'.repeat(43)}` });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('FEEDBACK_NOT_FOUND');
  });
});

describe('public feedback rate limits', () => {
  const t = useTestApp({ publicLimits: { perIp: 5, perToken: 8 } });

  it('answers 429 with Retry-After to a flood from one address while members keep working', async () => {
    const { token } = await sprintWithLink(t.db, t.as);
    // One after another: the in-memory store hands concurrent requests one shared counter, so a
    // concurrent burst past the limit is refused whole (stricter, never looser).
    const flood = [];
    for (let i = 0; i < 8; i++) {
      flood.push(
        await t.app.inject({ method: 'GET', url: `/api/public/feedback/${token}`, remoteAddress: '203.0.113.7' }),
      );
    }
    expect(flood.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const refused = flood.find((r) => r.statusCode === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json().code).toBe('RATE_LIMITED');
    const before = await t.db.prisma.feedback.count();
    expect((await submit(t.app, token, {})).statusCode).toBe(201);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/public/feedback/${token}`,
          remoteAddress: '203.0.113.7',
          payload: { idempotencyKey: randomUUID(), rating: 5 },
        })
      ).statusCode,
    ).toBe(429);
    expect(await t.db.prisma.feedback.count()).toBe(before + 1);
    expect((await t.as.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });

  it('limits one link from many addresses too', async () => {
    const { token } = await sprintWithLink(t.db, t.as);
    const codes = [];
    for (let i = 0; i < 10; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/public/feedback/${token}`,
        remoteAddress: `198.51.100.${i}`,
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([...Array(8).fill(200), 429, 429]);
  });
});
