import { test as base, expect } from '@playwright/test';

export { expect };

let people = 0;

/**
 * Every test runs as a fresh person who leads a fresh team: `request` is that person's API client
 * (with the CSRF header every write needs) and the page shares their session cookie.
 */
export const test = base.extend<{ team: { id: string; name: string; email: string; password: string } }>({
  request: async ({ playwright, baseURL }, use) => {
    const context = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { 'x-echoboard-csrf': '1' },
    });
    await use(context);
    await context.dispose();
  },
  team: [
    async ({ request, context }, use, info) => {
      const email = `lead-${process.pid}-${++people}-${Date.now()}@e2e.echoboard.app`;
      const password = 'correct horse battery';
      const signUp = await request.post('/api/auth/signup', { data: { email, name: 'Erin Lead', password } });
      expect(signUp.status(), await signUp.text()).toBe(201);
      const created = await request.post('/api/teams', { data: { name: `E2E ${info.title}`.slice(0, 60) } });
      expect(created.status(), await created.text()).toBe(201);
      const team = (await created.json()) as { id: string; name: string };
      await context.addCookies((await request.storageState()).cookies);
      await use({ id: team.id, name: team.name, email, password });
    },
    { auto: true },
  ],
});
