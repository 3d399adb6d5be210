import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { hashPassword, verifyPassword } from '../src/modules/auth/password.ts';
import { hashToken } from '../src/modules/auth/sessions.ts';
import {
  addCards,
  authed,
  CSRF,
  columnOf,
  createBoard,
  PASSWORD,
  sessionCookie,
  signUp,
  TEST_AUTH,
  uniqueEmail,
  useTestApp,
} from './helper.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('accounts and sessions', () => {
  const t = useTestApp();

  const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      headers: { ...CSRF, ...headers },
      payload: { email, password },
    });
  const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
  // The table holds the token's hash, never the token itself.
  const sessionRow = (cookie: string) =>
    t.db.prisma.session.findUnique({ where: { id: hashToken(cookie.split('=')[1]!) } });

  it('signs up with a session cookie that is HttpOnly and SameSite=Lax, and knows who is signed in', async () => {
    const email = uniqueEmail('Priya');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: CSRF,
      payload: { email: `  ${email.toUpperCase()} `, name: ' Priya Shah ', password: PASSWORD },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      user: { id: expect.any(String), email: email.toLowerCase(), name: 'Priya Shah' },
      teams: [],
    });
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^eb_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${30 * 24 * 60 * 60}`);
    expect(setCookie).not.toContain('Secure');

    const who = await me(sessionCookie(res));
    expect(who.statusCode).toBe(200);
    expect(who.json().user).toMatchObject({ email: email.toLowerCase(), name: 'Priya Shah' });

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      headers: CSRF,
      payload: { email: email.toUpperCase(), name: 'Someone else', password: PASSWORD },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'EMAIL_TAKEN', errors: [{ path: 'body.email' }] });
  });

  it('stores only a salted scrypt hash of the password', async () => {
    const a = await signUp(t.app, { team: false });
    const b = await signUp(t.app, { team: false });
    const rows = await t.db.prisma.user.findMany({ where: { id: { in: [a.user.id, b.user.id] } } });
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{88}$/);
      expect(row.passwordHash).not.toContain(PASSWORD);
    }
    expect(rows[0]!.passwordHash).not.toBe(rows[1]!.passwordHash);
  });

  it('hashes at N=2^15 by default and verifies only the right password', async () => {
    expect(loadConfig({}).auth).toEqual({ sessionIdleDays: 7, sessionMaxDays: 30, scryptN: 32768, rateLimit: 10 });
    const hash = await hashPassword('a long passphrase', 2 ** 15);
    expect(hash.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword('a long passphrase', hash)).toBe(true);
    expect(await verifyPassword('a long passphrasE', hash)).toBe(false);
    expect(await verifyPassword('a long passphrase', 'not-a-hash')).toBe(false);
    expect(() => loadConfig({ SCRYPT_N: '1000' })).toThrow(/power of two/);
    expect(loadConfig({ SESSION_IDLE_DAYS: '1', SESSION_MAX_DAYS: '2', AUTH_RATE_LIMIT: '5' }).auth).toMatchObject({
      sessionIdleDays: 1,
      sessionMaxDays: 2,
      rateLimit: 5,
    });
  });

  it('signs in with the same answer for an unknown email and a wrong password', async () => {
    const person = await signUp(t.app, { team: false });
    const wrong = await signIn(person.user.email, 'not the password');
    const unknown = await signIn(uniqueEmail('nobody'), PASSWORD);
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');

    const ok = await signIn(person.user.email.toUpperCase(), PASSWORD);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toEqual(person.user);
    const cookie = sessionCookie(ok);
    expect(cookie).not.toBe(person.cookie);
    expect((await me(cookie)).statusCode).toBe(200);
    // Signing in on a device does not end the session on another.
    expect((await me(person.cookie)).statusCode).toBe(200);
  });

  it('signs out by ending the session on the server', async () => {
    const person = await signUp(t.app, { team: false });
    expect(await sessionRow(person.cookie)).not.toBeNull();
    const out = await authed(t.app, person.cookie)({ method: 'POST', url: '/api/auth/signout' });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^eb_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await sessionRow(person.cookie)).toBeNull();
    // A copy of the old cookie is worthless now.
    const after = await me(person.cookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('UNAUTHENTICATED');
  });

  it('ends a session idle for longer than 7 days, and any session after 30 days', async () => {
    const idle = await signUp(t.app, { team: false });
    const row = (await sessionRow(idle.cookie))!;
    await t.db.prisma.session.update({
      where: { id: row.id },
      data: { lastSeenAt: new Date(Date.now() - 7 * DAY_MS + 60_000) },
    });
    expect((await me(idle.cookie)).statusCode).toBe(200);
    // Use moved lastSeenAt forward, so the session lives on.
    expect((await sessionRow(idle.cookie))!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    await t.db.prisma.session.update({
      where: { id: row.id },
      data: { lastSeenAt: new Date(Date.now() - 7 * DAY_MS - 60_000) },
    });
    const res = await me(idle.cookie);
    expect(res.statusCode).toBe(401);
    expect(String(res.headers['set-cookie'])).toMatch(/^eb_session=;/);
    expect(await sessionRow(idle.cookie)).toBeNull();

    const old = await signUp(t.app, { team: false });
    await t.db.prisma.session.update({
      where: { id: (await sessionRow(old.cookie))!.id },
      data: { createdAt: new Date(Date.now() - 30 * DAY_MS), expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await me(old.cookie)).statusCode).toBe(401);
    expect(await sessionRow(old.cookie)).toBeNull();
  });

  it('judges the session a card move reads with its card as every other request: live, idle or ended', async () => {
    const person = await signUp(t.app);
    const board = await createBoard(person);
    const [card] = await addCards(person, board, 'Backlog', ['Brief the agency']);
    const move = (cookie: string, payload: object) =>
      t.app.inject({ method: 'POST', url: `/api/cards/${card!.id}/move`, headers: { cookie, ...CSRF }, payload });
    const toDoing = { toColumnId: columnOf(board, 'Doing').id };
    const row = (await sessionRow(person.cookie))!;
    await t.db.prisma.session.update({ where: { id: row.id }, data: { lastSeenAt: new Date(Date.now() - DAY_MS) } });

    const moved = await move(person.cookie, toDoing);
    expect(moved.statusCode).toBe(200);
    expect(moved.json().columnId).toBe(toDoing.toColumnId);
    expect((await sessionRow(person.cookie))!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // A live session with a body the schema refuses: the refusal is about the body.
    expect((await move(person.cookie, { toColumnId: 'not-a-column' })).statusCode).toBe(400);

    await t.db.prisma.session.update({
      where: { id: row.id },
      data: { lastSeenAt: new Date(Date.now() - 7 * DAY_MS - 60_000) },
    });
    const ended = await move(person.cookie, { toColumnId: columnOf(board, 'Backlog').id });
    expect(ended.statusCode).toBe(401);
    expect(ended.json().code).toBe('UNAUTHENTICATED');
    expect(String(ended.headers['set-cookie'])).toMatch(/^eb_session=;/);
    expect(await sessionRow(person.cookie)).toBeNull();
    const stays = await t.db.prisma.card.findUniqueOrThrow({ where: { id: card!.id } });
    expect(stays.columnId).toBe(toDoing.toColumnId);
    // Without a live session a bad body is refused for the session first, as on every route.
    const refused = await move(person.cookie, { toColumnId: 'not-a-column' });
    expect(refused.statusCode).toBe(401);
    expect(String(refused.headers['set-cookie'])).toMatch(/^eb_session=;/);
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const person = await signUp(t.app, { team: false });
    const proxied = await buildApp({ db: t.db, auth: TEST_AUTH, trustProxy: true });
    try {
      const signin = (proto: string) =>
        proxied.inject({
          method: 'POST',
          url: '/api/auth/signin',
          headers: { ...CSRF, 'x-forwarded-proto': proto },
          payload: { email: person.user.email, password: PASSWORD },
        });
      expect(String((await signin('https')).headers['set-cookie'])).toContain('Secure');
      expect(String((await signin('http')).headers['set-cookie'])).not.toContain('Secure');
    } finally {
      await proxied.close();
    }
    // Without TRUST_PROXY a client cannot claim HTTPS (nor anything else) by header.
    const direct = await signIn(person.user.email, PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(String(direct.headers['set-cookie'])).not.toContain('Secure');
  });

  it('never writes the password to the log or into a response', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const logged = await buildApp({ db: t.db, auth: TEST_AUTH, logger: { level: 'trace', stream } });
    const secret = 'hunter2-is-a-secret';
    const bodies: string[] = [];
    try {
      const email = uniqueEmail('logged');
      const requests = [
        { url: '/api/auth/signup', payload: { email, name: 'Logged', password: secret } },
        { url: '/api/auth/signup', payload: { email: 'not-an-email', name: 'Logged', password: secret } },
        { url: '/api/auth/signup', payload: { email, name: 'Logged', password: secret, extra: secret } },
        { url: '/api/auth/signin', payload: { email, password: `${secret}-wrong` } },
        { url: '/api/auth/signin', payload: { email, password: secret } },
      ];
      for (const { url, payload } of requests) {
        const res = await logged.inject({ method: 'POST', url, headers: CSRF, payload });
        bodies.push(res.body);
      }
    } finally {
      await logged.close();
    }
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.join('\n')).not.toContain('hunter2');
    expect(bodies.join('\n')).not.toContain('hunter2');
    expect(bodies.join('\n')).not.toContain('scrypt$');
  });
});
