import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

// The demo team the server seeds (apps/api/src/db/seed.ts): its lead and last sprint, completed.
const DEMO_LEAD = { email: 'lead@demo.echoboard.app', password: 'echoboard-demo' };
const DEMO_TEAM = 'Northwind Marketing';
const COMPLETED = 'Sprint 3 · Foundations';

test('a lead shares the completed sprint review; a stakeholder reads it without an account until it is revoked', async ({
  page,
  browser,
}, info) => {
  const signIn = await page.request.post('/api/auth/signin', {
    data: DEMO_LEAD,
    headers: { 'x-echoboard-csrf': '1' },
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const me = (await (await page.request.get('/api/auth/me')).json()) as { teams: { id: string; name: string }[] };
  const team = me.teams.find((t) => t.name === DEMO_TEAM)!;
  const [board] = (await (await page.request.get(`/api/boards?teamId=${team.id}`)).json()) as { id: string }[];

  // The lead opens the review of the completed sprint and makes a link.
  await page.goto(`/boards/${board!.id}/review`);
  const picker = page.getByRole('combobox', { name: /^Sprint/ });
  const completed = await picker.locator('option', { hasText: COMPLETED }).getAttribute('value');
  await picker.selectOption(completed!);
  const summary = page.getByRole('region', { name: 'Summary' });
  await expect(summary.getByRole('heading', { name: COMPLETED })).toBeVisible();
  const figures = (await summary.getByText('committed points done').textContent()) ?? '';
  const charts = await page.getByTestId('chart').count();
  expect(charts).toBeGreaterThan(0);
  const share = page.getByRole('region', { name: 'Share review' });
  await share.getByLabel('Shared with (label)').fill('Leadership');
  await share.getByRole('button', { name: 'Create review link' }).click();
  const link = await share.getByLabel('Review link for Leadership (shown only now)').inputValue();
  expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
  await expect(share.getByRole('row', { name: /Leadership/ })).toContainText('works');
  expect(await seriousViolations(page)).toEqual([]);

  // A stakeholder without an account opens it in a browser of their own.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(link);
  await expect(
    visitor.getByRole('heading', { level: 1, name: `Read-only review shared by ${DEMO_TEAM}` }),
  ).toBeVisible();
  await expect(visitor.getByText('Goal: Positioning agreed and the launch budget signed off')).toBeVisible();
  await expect(visitor.getByRole('region', { name: 'Summary' })).toContainText(figures.trim());
  // The same charts as the team's page, drawn, with their figures in tables.
  await expect(visitor.getByTestId('chart')).toHaveCount(charts);
  await expect(visitor.getByTestId('chart').first().locator('canvas')).toBeVisible();
  const velocity = visitor.getByRole('table', { name: 'Committed and completed points per completed sprint' });
  await expect(velocity.getByRole('row', { name: new RegExp(COMPLETED) })).toBeVisible();
  await expect(visitor.getByRole('table', { name: 'Per member, in name order' })).toContainText('Priya Shah');
  await expect(visitor.getByRole('region', { name: 'Campaign outcomes' })).toBeVisible();
  // Read-only: no app header or navigation, nothing to edit, and no sharing controls.
  await expect(visitor.getByRole('banner')).toHaveCount(0);
  await expect(visitor.getByRole('navigation')).toHaveCount(0);
  await expect(visitor.getByRole('textbox')).toHaveCount(0);
  await expect(visitor.getByRole('button')).toHaveText(['Print']);
  await visitor.waitForLoadState('networkidle');
  expect(await seriousViolations(visitor)).toEqual([]);
  await info.attach('shared-review.png', {
    body: await visitor.screenshot({ fullPage: true }),
    contentType: 'image/png',
  });

  // The lead revokes it; the stakeholder's next visit says so plainly.
  await share.getByRole('button', { name: 'Revoke the link for Leadership' }).click();
  await expect(share.getByRole('row', { name: /Leadership/ })).toContainText('revoked');
  await visitor.reload();
  await expect(visitor.getByRole('heading', { level: 1, name: 'This link is not valid' })).toBeVisible();
  await expect(visitor.getByText(/Ask the team that shared it for a new one/)).toBeVisible();
  expect(await seriousViolations(visitor)).toEqual([]);
  await visitorContext.close();
});
