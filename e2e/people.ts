import type { APIRequestContext, Browser } from '@playwright/test';
import { expect } from './fixtures.ts';

/** A second person joins the fixture's team through an invite and opens a page of their own. */
export async function colleague(browser: Browser, request: APIRequestContext, teamId: string) {
  const invite = await request.post(`/api/teams/${teamId}/invites`, { data: {} });
  expect(invite.status()).toBe(201);
  const { token } = (await invite.json()) as { token: string };
  const context = await browser.newContext();
  const api = context.request;
  const headers = { 'x-echoboard-csrf': '1' };
  const email = `priya-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.echoboard.app`;
  const signUp = await api.post('/api/auth/signup', {
    data: { email, name: 'Priya Peer', password: 'a long enough password' },
    headers,
  });
  expect(signUp.status()).toBe(201);
  const { user } = (await signUp.json()) as { user: { id: string } };
  expect((await api.post(`/api/invites/${token}/accept`, { data: {}, headers })).status()).toBe(200);
  return { context, page: await context.newPage(), userId: user.id };
}
