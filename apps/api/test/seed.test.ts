import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { DEMO_PASSWORD, DEMO_TEAM, describeDemo, seedDemo } from '../src/db/seed.ts';
import { authed, CSRF, freshDatabase, sessionCookie, TEST_AUTH } from './helper.ts';

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
      expect(await seedDemo(fresh.db, { scryptN: TEST_AUTH.scryptN })).toBeNull();
    } finally {
      await app.close();
      await fresh.drop();
    }
  });
});
