import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { HTTPMethods, RouteOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { trelloExport } from '../../../packages/domain/src/import/trello-fixture.ts';
import { buildApp } from '../src/app.ts';
import { ANONYMOUS_PREFIX } from '../src/plugins/auth.ts';
import { sprintWithLink, submit } from './feedback-fixtures.ts';
import {
  addCards,
  type Client,
  CSRF,
  columnOf,
  createBoard,
  PASSWORD,
  signUp,
  snapshot,
  TEST_AUTH,
  uniqueEmail,
  useTestApp,
} from './helper.ts';

interface Route {
  method: HTTPMethods;
  url: string;
  isPublic: boolean;
  hasBody: boolean;
}

/** The only /api routes anyone may call without a session. */
const PUBLIC = [
  'GET /api/health',
  'HEAD /api/health',
  'POST /api/auth/signup',
  'POST /api/auth/signin',
  'GET /api/invites/:token',
  'HEAD /api/invites/:token',
  // The end-user feedback page: anonymous by design (see ANONYMOUS_PREFIX in plugins/auth.ts).
  'GET /api/public/feedback/:token',
  'HEAD /api/public/feedback/:token',
  'POST /api/public/feedback/:token',
  'GET /api/public/receipts/:receipt',
  'HEAD /api/public/receipts/:receipt',
  // A sprint review a lead shared read-only with stakeholders.
  'GET /api/public/reviews/:token',
  'HEAD /api/public/reviews/:token',
].sort();

// The OpenAPI document and Swagger UI are public documentation, registered outside the API scope.
const isDocs = (url: string) => url.startsWith('/api/docs') || url === '/api/openapi.json';
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Puts ids into a route's path: /api/cards/:cardId → /api/cards/<id>. */
function fill(url: string, ids: Record<string, string>) {
  return url.replace(/:(\w+)/g, (_, name: string) => {
    const id = ids[name];
    if (!id) throw new Error(`no id for :${name} in ${url}; add it to the test`);
    return id;
  });
}

type Ids = Record<string, string>;

/**
 * A valid body for every route that takes one, so that only authorisation can refuse it. A new
 * route with a body fails the matrix until it is listed here.
 */
const BODIES: Record<string, (ids: Ids) => object> = {
  'POST /api/auth/signup': () => ({ email: uniqueEmail('csrf'), name: 'Csrf', password: PASSWORD }),
  'POST /api/auth/signin': () => ({ email: uniqueEmail('csrf'), password: PASSWORD }),
  'POST /api/teams': () => ({ name: 'Another team' }),
  'PATCH /api/teams/:teamId': () => ({ timeZone: 'Europe/Paris' }),
  'PATCH /api/teams/:teamId/members/:userId': () => ({ discipline: 'design' }),
  'POST /api/boards': (ids) => ({ name: 'Board', teamId: ids.teamId }),
  'PATCH /api/boards/:boardId': () => ({ name: 'Renamed' }),
  'POST /api/boards/:boardId/columns': () => ({ name: 'Blocked' }),
  'PATCH /api/columns/:columnId': () => ({ name: 'Renamed' }),
  'POST /api/boards/:boardId/cards': (ids) => ({ columnId: ids.columnId, title: 'Card' }),
  'PATCH /api/cards/:cardId': () => ({ title: 'Renamed' }),
  'POST /api/cards/:cardId/move': (ids) => ({ toColumnId: ids.columnId }),
  'POST /api/boards/:boardId/presence': (ids) => ({ draggingCardId: ids.cardId }),
  'POST /api/boards/:boardId/sprints': () => ({ name: 'Sprint', startDate: '2031-01-06' }),
  'PATCH /api/boards/:boardId/planning': () => ({ defaultPointsPerDay: 2 }),
  'PATCH /api/sprints/:sprintId': () => ({ name: 'Renamed' }),
  'PUT /api/sprints/:sprintId/availability': () => ({ availability: [] }),
  'POST /api/sprints/:sprintId/start': () => ({ startToday: true }),
  'POST /api/sprints/:sprintId/complete': () => ({ carryOver: { to: 'backlog' } }),
  'POST /api/teams/:teamId/backlog': () => ({ title: 'Backlog card' }),
  'POST /api/cards/:cardId/plan': (ids) => ({ sprintId: ids.sprintId }),
  'POST /api/teams/:teamId/campaigns': () => ({ name: 'Campaign' }),
  'PATCH /api/campaigns/:campaignId': () => ({ spendMinor: 100 }),
  'POST /api/campaigns/:campaignId/kpis': () => ({ name: 'KPI', target: 10 }),
  'PATCH /api/kpis/:kpiId': () => ({ actual: 5 }),
  'POST /api/cards/:cardId/effort': () => ({ minutes: 30 }),
  'POST /api/cards/:cardId/kudos': (ids) => ({ toUserId: ids.userId }),
  'POST /api/boards/:boardId/scrum': () => ({ orderMode: 'fixed' }),
  'POST /api/boards/:boardId/scrum/walk': () => ({ direction: 'next' }),
  'PUT /api/cards/:cardId/blocked': () => ({ reason: 'Waiting for approval' }),
  'POST /api/sprints/:sprintId/feedback-links': () => ({ label: 'Customers' }),
  'POST /api/sprints/:sprintId/review-links': () => ({ label: 'Leadership' }),
  'POST /api/feedback/:feedbackId/accept': () => ({ cards: [{ title: 'From feedback' }] }),
  'POST /api/feedback/:feedbackId/duplicate': (ids) => ({ of: ids.feedbackId }),
  'POST /api/feedback/:feedbackId/decline': () => ({ note: 'Not for us' }),
  'POST /api/teams/:teamId/imports/trello/preview': () => ({ file: JSON.stringify(trelloExport()) }),
  'POST /api/teams/:teamId/imports/trello': () => ({ file: JSON.stringify(trelloExport()) }),
  'POST /api/boards/:boardId/imports/csv/preview': (ids) => csvBody(ids),
  'POST /api/boards/:boardId/imports/csv': (ids) => csvBody(ids),
  'PUT /api/boards/:boardId/label-colors': () => ({ label: 'SEO', color: 'green' }),
  'POST /api/cards/:cardId/checklist': () => ({ text: 'Proofread' }),
  'PATCH /api/checklist-items/:itemId': () => ({ done: true }),
  'POST /api/cards/:cardId/comments': () => ({ body: 'Looks good' }),
  'PATCH /api/comments/:commentId': () => ({ body: 'Looks great' }),
  'POST /api/cards/:cardId/archive': () => ({}),
  'POST /api/cards/:cardId/restore': (ids) => ({ columnId: ids.columnId }),
};

function csvBody(ids: Ids) {
  return { file: 'title,column\nImported,Doing\n', mapping: ['title', 'column'], defaultColumnId: ids.columnId };
}

/** Path parameters that are not ids: the same in every call, so only the ids decide the answer. */
const NOT_IDS: Ids = { kind: 'cards.csv' };

describe('security', () => {
  const registered: RouteOptions[] = [];
  const t = useTestApp({ onRoute: (route) => registered.push(route) });
  let routes: Route[] = [];

  // Team A (t.as leads it) and team B, each with a board, a card, an invite and a member.
  let a: Client;
  let b: Client;
  let idsA: Ids;
  let idsB: Ids;

  async function teamWithBoard(lead: Client) {
    const board = await createBoard(lead, 'Board');
    const [card] = await addCards(lead, board, 'Doing', ['Card']);
    await addCards(lead, board, 'Review', ['Another card']);
    const invite = (await lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/invites` })).json();
    const sprint = await lead.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/sprints`,
      payload: { name: 'Sprint', startDate: '2030-01-07' },
    });
    const campaign = (
      await lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/campaigns`, payload: { name: 'Campaign' } })
    ).json();
    const kpi = (
      await lead.inject({
        method: 'POST',
        url: `/api/campaigns/${campaign.id}/kpis`,
        payload: { name: 'KPI', target: 1 },
      })
    ).json();
    const effort = (
      await lead.inject({ method: 'POST', url: `/api/cards/${card.id}/effort`, payload: { minutes: 5 } })
    ).json();
    const item = (
      await lead.inject({ method: 'POST', url: `/api/cards/${card.id}/checklist`, payload: { text: 'Proofread' } })
    ).json();
    const comment = (
      await lead.inject({ method: 'POST', url: `/api/cards/${card.id}/comments`, payload: { body: 'Noted' } })
    ).json();
    const feedback = await sprintWithLink(t.db, lead, board);
    await submit(t.app, feedback.token, {});
    const [given] = (await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}/feedback` })).json();
    const review = await lead.inject({
      method: 'POST',
      url: `/api/sprints/${feedback.sprint.id}/review-links`,
      payload: { label: 'Leadership' },
    });
    return {
      campaignId: campaign.id as string,
      kpiId: kpi.id as string,
      effortId: effort.effort[0].id as string,
      toUserId: lead.user.id,
      sprintId: sprint.json().id as string,
      boardId: board.id,
      columnId: columnOf(board, 'Doing').id,
      reviewId: columnOf(board, 'Review').id,
      cardId: card.id,
      teamId: lead.teamId,
      userId: lead.user.id,
      inviteId: invite.invite.id,
      token: invite.token,
      linkId: feedback.linkId,
      feedbackId: given.id,
      reviewLinkId: review.json().link.id as string,
      itemId: item.id as string,
      commentId: comment.id as string,
    };
  }

  beforeAll(async () => {
    routes = registered.flatMap((r) =>
      [r.method].flat().map((method) => ({
        method: method as HTTPMethods,
        url: r.url,
        isPublic: r.config?.public === true,
        hasBody: Boolean(r.schema?.body),
      })),
    );
    routes = routes.filter((r) => r.url.startsWith('/api') && !isDocs(r.url));
    a = t.as;
    b = await signUp(t.app, { name: 'Bea of team B', team: 'Team B' });
    idsA = await teamWithBoard(a);
    idsB = await teamWithBoard(b);
  });

  it('requires a session on every /api route except health, sign-up, sign-in and invite preview', async () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(
      routes
        .filter((r) => r.isPublic)
        .map(key)
        .sort(),
    ).toEqual(PUBLIC);
    const randomIds = new Proxy({} as Ids, {
      get: (_, name) => (name === 'token' ? 'x'.repeat(43) : (NOT_IDS[name as string] ?? randomUUID())),
    });
    const checked: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      for (const cookie of [undefined, 'eb_session=forged-or-expired-token']) {
        const res = await t.app.inject({
          method: route.method,
          url: fill(route.url, randomIds),
          headers: { ...CSRF, ...(cookie ? { cookie } : {}) },
          ...(route.hasBody ? { payload: {} } : {}),
        });
        expect(res.statusCode, key(route)).toBe(401);
        if (route.method !== 'HEAD') expect(res.json().code, key(route)).toBe('UNAUTHENTICATED');
      }
      checked.push(key(route));
    }
    expect(checked).toContain('GET /api/auth/me');
    expect(checked).toContain('POST /api/cards/:cardId/move');
    expect(checked).toContain('POST /api/invites/:token/accept');
  });

  it("answers 404 for every id of another team on every route and method, exactly as for ids that don't exist", async () => {
    const before = await snapshot(t.db);
    const withIds = routes.filter((r) => /:(?!token)\w+/.test(r.url) && r.method !== 'HEAD' && !r.isPublic);
    expect(withIds.length).toBeGreaterThan(15);
    const normalise = (body: string, ids: Ids) =>
      Object.entries(ids).reduce((text, [name, id]) => text.replaceAll(id, `<${name}>`), body);
    for (const route of withIds) {
      const body = BODIES[key(route)];
      if (route.hasBody && !body) throw new Error(`add a valid body for ${key(route)} to BODIES`);
      const missing: Ids = Object.fromEntries(Object.keys(idsB).map((name) => [name, randomUUID()]));
      const call = (ids: Ids) =>
        a.inject({
          method: route.method,
          url: fill(route.url, { ...ids, ...NOT_IDS }),
          ...(body ? { payload: body(ids) } : {}),
        });
      const theirs = await call(idsB);
      const nobodys = await call(missing);
      expect(theirs.statusCode, key(route)).toBe(404);
      expect(normalise(theirs.body, idsB), key(route)).toBe(normalise(nobodys.body, missing));
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it("refuses another team's ids inside queries and bodies of one's own routes, revealing nothing", async () => {
    const before = await snapshot(t.db);
    const cases: [string, string, (ids: Ids) => object | undefined][] = [
      ['GET', '/api/boards?teamId=<teamId>', () => undefined],
      ['POST', '/api/boards', (ids) => ({ name: 'Board', teamId: ids.teamId })],
      ['POST', `/api/boards/${idsA.boardId}/cards`, (ids) => ({ columnId: ids.columnId, title: 'Card' })],
      ['POST', `/api/boards/${idsA.boardId}/columns`, (ids) => ({ name: 'New', afterColumnId: ids.columnId })],
      ['PATCH', `/api/columns/${idsA.columnId}`, (ids) => ({ afterColumnId: ids.columnId })],
      ['DELETE', `/api/columns/${idsA.columnId}?moveCardsTo=<reviewId>`, () => undefined],
      ['POST', `/api/cards/${idsA.cardId}/move`, (ids) => ({ toColumnId: ids.reviewId })],
      ['POST', `/api/boards/${idsA.boardId}/presence`, (ids) => ({ draggingCardId: ids.cardId })],
      ['POST', `/api/cards/${idsA.cardId}/move`, (ids) => ({ toColumnId: idsA.reviewId, afterCardId: ids.cardId })],
      ['POST', `/api/cards/${idsA.cardId}/plan`, (ids) => ({ sprintId: ids.sprintId })],
      [
        'POST',
        `/api/sprints/${idsA.sprintId}/complete`,
        (ids) => ({ carryOver: { to: 'sprint', sprintId: ids.sprintId } }),
      ],
      [
        'PUT',
        `/api/sprints/${idsA.sprintId}/availability`,
        (ids) => ({ availability: [{ memberId: ids.userId, availableDays: 1 }] }),
      ],
      ['PATCH', `/api/cards/${idsA.cardId}`, (ids) => ({ campaignId: ids.campaignId })],
      ['POST', `/api/boards/${idsA.boardId}/imports/csv`, (ids) => csvBody(ids)],
      ['PATCH', `/api/cards/${idsA.cardId}`, (ids) => ({ assigneeId: ids.userId })],
      ['POST', `/api/cards/${idsA.cardId}/kudos`, (ids) => ({ toUserId: ids.userId })],
      ['PATCH', `/api/teams/${idsA.teamId}/members/<userId>`, () => ({ role: 'lead' })],
      ['DELETE', `/api/teams/${idsA.teamId}/members/<userId>`, () => undefined],
      ['DELETE', `/api/teams/${idsA.teamId}/invites/<inviteId>`, () => undefined],
    ];
    for (const [method, url, body] of cases) {
      const call = (ids: Ids) =>
        a.inject({
          method: method as HTTPMethods,
          url: url.replace(/<(\w+)>/g, (_, name: string) => ids[name]!),
          ...(body(ids) ? { payload: body(ids) } : {}),
        });
      const missing: Ids = Object.fromEntries(Object.keys(idsB).map((name) => [name, randomUUID()]));
      const theirs = await call(idsB);
      const nobodys = await call(missing);
      expect(theirs.statusCode, `${method} ${url}`).toBeGreaterThanOrEqual(400);
      expect(theirs.statusCode, `${method} ${url}`).not.toBe(403);
      const strip = (text: string, ids: Ids) =>
        Object.values(ids).reduce((out, id) => out.replaceAll(id, '<id>'), text);
      expect(strip(theirs.body, idsB), `${method} ${url}`).toBe(strip(nobodys.body, missing));
    }
    const listed = await a.inject({ method: 'GET', url: '/api/boards' });
    expect(listed.json().map((board: { id: string }) => board.id)).toEqual([idsA.boardId]);
    expect(await snapshot(t.db)).toBe(before);
  });

  it('refuses every state-changing request without the X-Echoboard-Csrf header, even with a valid session', async () => {
    const before = await snapshot(t.db);
    // Anonymous routes act for no one, so there is no one to forge a request for (plugins/auth.ts).
    const unsafe = routes.filter((r) => UNSAFE.has(r.method) && !r.url.startsWith(ANONYMOUS_PREFIX));
    expect(unsafe.length).toBeGreaterThan(15);
    for (const route of unsafe) {
      const body = BODIES[key(route)];
      for (const csrf of [{}, { 'x-echoboard-csrf': '0' }]) {
        const res = await t.app.inject({
          method: route.method,
          url: fill(route.url, idsA),
          headers: { cookie: a.cookie, ...csrf },
          ...(body ? { payload: body(idsA) } : {}),
        });
        expect(res.statusCode, key(route)).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code, key(route)).toBe('CSRF_REJECTED');
      }
    }
    expect(await snapshot(t.db)).toBe(before);
    // The session survived the refused sign-out, and reads need no header.
    const read = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: a.cookie } });
    expect(read.statusCode).toBe(200);
  });

  it('rate-limits sign-in and sign-up per client with 429 and Retry-After, leaving other routes alone', async () => {
    const limited = await buildApp({ db: t.db, auth: { ...TEST_AUTH, rateLimit: 3 } });
    try {
      const signin = () =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/signin',
          headers: CSRF,
          payload: { email: a.user.email, password: 'wrong password' },
        });
      for (let i = 0; i < 3; i++) expect((await signin()).statusCode).toBe(401);
      const refused = await signin();
      expect(refused.statusCode).toBe(429);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      // Even the right password waits: the limit is what stops guessing.
      const right = await limited.inject({
        method: 'POST',
        url: '/api/auth/signin',
        headers: CSRF,
        payload: { email: a.user.email, password: PASSWORD },
      });
      expect(right.statusCode).toBe(429);

      const signup = (i: number) =>
        limited.inject({
          method: 'POST',
          url: '/api/auth/signup',
          headers: CSRF,
          payload: { email: uniqueEmail(`limit${i}`), name: 'Limit', password: PASSWORD },
        });
      const signups = [];
      for (let i = 0; i < 4; i++) signups.push((await signup(i)).statusCode);
      expect(signups).toEqual([201, 201, 201, 429]);

      expect((await limited.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      const boards = await limited.inject({ method: 'GET', url: '/api/boards', headers: { cookie: a.cookie } });
      expect(boards.statusCode).toBe(200);
      // Another client (address) is not affected.
      const elsewhere = await limited.inject({
        method: 'POST',
        url: '/api/auth/signin',
        remoteAddress: '203.0.113.9',
        headers: CSRF,
        payload: { email: a.user.email, password: PASSWORD },
      });
      expect(elsewhere.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('sends security headers with a CSP that the SPA and the API docs work under', async () => {
    const dist = mkdtempSync(joinPath(tmpdir(), 'echoboard-web-'));
    writeFileSync(
      joinPath(dist, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index.js"></script><div id="root"></div>',
    );
    const withWeb = await buildApp({ db: t.db, auth: TEST_AUTH, webDist: dist });
    try {
      const pages = {
        api: await withWeb.inject({ method: 'GET', url: '/api/health' }),
        spa: await withWeb.inject({ method: 'GET', url: '/boards/some-board' }),
        docs: await withWeb.inject({ method: 'GET', url: '/api/docs' }),
      };
      for (const [name, res] of Object.entries(pages)) {
        expect(res.statusCode, name).toBe(200);
        const csp = String(res.headers['content-security-policy']);
        expect(csp, name).toContain("default-src 'self'");
        expect(csp, name).toContain("script-src 'self';");
        expect(csp, name).toContain("object-src 'none'");
        expect(csp, name).toContain("frame-ancestors 'self'");
        expect(csp, name).not.toContain('upgrade-insecure-requests');
        expect(res.headers['x-content-type-options'], name).toBe('nosniff');
        expect(res.headers['x-frame-options'], name).toBe('SAMEORIGIN');
        expect(res.headers['strict-transport-security'], name).toContain('max-age=');
      }
      // Swagger UI runs only scripts from files on this origin, which script-src 'self' allows.
      const scripts = [...pages.docs.body.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
      expect(scripts.length).toBeGreaterThan(0);
      for (const attrs of scripts) expect(attrs).toMatch(/src="(\.\/|\/)?[\w./-]+"/);
      for (const url of ['/api/docs/static/swagger-initializer.js', '/api/docs/json']) {
        expect((await withWeb.inject({ method: 'GET', url })).statusCode, url).toBe(200);
      }
    } finally {
      await withWeb.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('answers bad input with 400 naming the fields, and creates nothing', async () => {
    const before = await snapshot(t.db);
    const long = 'x'.repeat(300);
    const cases: [HTTPMethods, string, object | undefined, string[]][] = [
      ['POST', '/api/auth/signup', {}, ['body.email', 'body.name', 'body.password']],
      ['POST', '/api/auth/signup', { email: 5, name: 'N', password: PASSWORD }, ['body.email']],
      ['POST', '/api/auth/signup', { email: 'not-an-email', name: 'N', password: PASSWORD }, ['body.email']],
      [
        'POST',
        '/api/auth/signup',
        { email: `${long}@x.io`, name: long, password: PASSWORD },
        ['body.email', 'body.name'],
      ],
      ['POST', '/api/auth/signup', { email: uniqueEmail(), name: 'N', password: 'short' }, ['body.password']],
      ['POST', '/api/auth/signup', { email: uniqueEmail(), name: 'N', password: long }, ['body.password']],
      ['POST', '/api/auth/signup', { email: uniqueEmail(), name: 'N', password: PASSWORD, role: 'lead' }, ['role']],
      ['POST', '/api/auth/signin', { email: a.user.email }, ['body.password']],
      ['POST', '/api/auth/signin', { email: a.user.email, password: 12345678901 }, ['body.password']],
      ['POST', '/api/teams', { name: '' }, ['body.name']],
      ['POST', '/api/teams', { name: long }, ['body.name']],
      ['POST', '/api/teams', { name: 'Ok', discipline: 'sales' }, ['body.discipline']],
      ['POST', '/api/teams', { name: 'Ok', maxMembers: 50 }, ['maxMembers']],
      ['PATCH', `/api/teams/${idsA.teamId}/members/${idsA.userId}`, { role: 'owner' }, ['body.role']],
      ['PATCH', `/api/teams/${idsA.teamId}/members/${idsA.userId}`, {}, ['body']],
      ['POST', '/api/boards', { name: 'No team' }, ['body.teamId']],
      ['POST', '/api/boards', { name: 'Bad team', teamId: 'team-a' }, ['body.teamId']],
      ['PATCH', `/api/boards/${idsA.boardId}`, { name: 42 }, ['body.name']],
      ['GET', '/api/boards?teamId=nope', undefined, ['querystring.teamId']],
      ['GET', '/api/teams/not-a-uuid', undefined, ['params.teamId']],
      ['PATCH', `/api/teams/${idsA.teamId}`, { timeZone: 'Mars/Olympus' }, ['body.timeZone']],
      ['PATCH', `/api/teams/${idsA.teamId}`, { name: '  ' }, ['body.name']],
      ['POST', '/api/invites/short/accept', undefined, ['params.token']],
      ['GET', '/api/invites/has%20spaces%20in%20it%20and%20more', undefined, ['params.token']],
    ];
    for (const [method, url, payload, paths] of cases) {
      const res = await a.inject({ method, url, ...(payload ? { payload } : {}) });
      const label = `${method} ${url} ${JSON.stringify(payload)?.slice(0, 60)}`;
      expect(res.statusCode, label).toBe(400);
      expect(res.headers['content-type'], label).toContain('application/problem+json');
      expect(res.json().code, label).toBe('VALIDATION_FAILED');
      const named = JSON.stringify(res.json().errors);
      for (const path of paths) expect(named, label).toContain(path);
    }
    expect(await snapshot(t.db)).toBe(before);
  });
});
