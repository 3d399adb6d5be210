import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const ok = async <T>(
  response: Promise<{ status(): number; json(): Promise<unknown>; text(): Promise<string> }>,
  status = 200,
) => {
  const res = await response;
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
};

/** A board with a completed sprint: 10 points committed, 5 done, one card serving a campaign. */
async function completedSprint(request: APIRequestContext, teamId: string) {
  const board = await ok<{ id: string; columns: { id: string; name: string }[] }>(
    request.post('/api/boards', { data: { name: 'Review board', teamId } }),
    201,
  );
  const today = new Date().toISOString().slice(0, 10);
  const sprint = await ok<{ id: string }>(
    request.post(`/api/boards/${board.id}/sprints`, {
      data: { name: 'Sprint 12', goal: 'Launch the webinar', startDate: today },
    }),
    201,
  );
  const campaign = await ok<{ id: string }>(
    request.post(`/api/teams/${teamId}/campaigns`, {
      data: { name: 'Webinar push', budgetMinor: 200_000, spendMinor: 100_000, revenueMinor: 250_000 },
    }),
    201,
  );
  const cards: string[] = [];
  for (const [title, effort] of [
    ['Landing page', 5],
    ['Invite email', 3],
    ['Slides', 2],
  ] as const) {
    const card = await ok<{ id: string }>(
      request.post(`/api/teams/${teamId}/backlog`, { data: { title, effort, campaignId: campaign.id } }),
      201,
    );
    await ok(request.post(`/api/cards/${card.id}/plan`, { data: { sprintId: sprint.id } }));
    cards.push(card.id);
  }
  await ok(request.post(`/api/sprints/${sprint.id}/start`));
  const done = board.columns.find((c) => c.name === 'Done')!;
  await ok(request.post(`/api/cards/${cards[0]}/move`, { data: { toColumnId: done.id } }));
  await ok(request.post(`/api/cards/${cards[0]}/effort`, { data: { minutes: 90, note: 'Copy and layout' } }), 201);
  await ok(request.post(`/api/sprints/${sprint.id}/complete`, { data: { carryOver: { to: 'backlog' } } }));
  return { boardId: board.id, sprintId: sprint.id };
}

test('the sprint review shows the burndown and velocity charts with their figures, effort beside results, and campaign ROI', async ({
  page,
  request,
  team,
}, info) => {
  const { boardId } = await completedSprint(request, team.id);
  await page.goto(`/boards/${boardId}/review`);
  await expect(page.getByRole('heading', { name: 'Sprint review', level: 1 })).toBeVisible();
  await expect(page.getByText('of 10 committed points done')).toContainText('5 of 10');
  await expect(page.getByText('Goal: Launch the webinar')).toBeVisible();
  // The charts are drawn, and their figures are in tables for screen readers.
  await expect(page.getByTestId('chart')).toHaveCount(2);
  await expect(page.getByTestId('chart').first().locator('canvas')).toBeVisible();
  const burndown = page.getByRole('table', { name: 'Remaining points per day against the ideal line' });
  await expect(burndown.getByRole('row').nth(1)).toContainText('5');
  const velocity = page.getByRole('table', { name: 'Committed and completed points per completed sprint' });
  await expect(velocity.getByRole('row', { name: /Sprint 12/ })).toContainText('10');
  const members = page.getByRole('table', { name: 'Per member, in name order' });
  await expect(members.getByRole('row', { name: /Erin Lead/ })).toContainText('1.5 h');
  await expect(page.getByRole('region', { name: 'Campaign outcomes' })).toContainText('ROI 150 %');
  await info.attach('review.png', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});

test('a lead creates a campaign, records figures and a KPI, and sees ROI and progress', async ({ page, team }) => {
  await page.goto(`/teams/${team.id}/campaigns`);
  await page.getByRole('button', { name: 'New campaign' }).click();
  await page.getByLabel('Name').fill('Autumn sale');
  await page.getByLabel('Budget').fill('1,000');
  await page.getByLabel('Spend so far').fill('12.345');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByText('Enter an amount like 1234.50')).toBeVisible();
  await expect(page.getByLabel('Spend so far')).toHaveValue('12.345');
  await page.getByLabel('Spend so far').fill('400');
  await page.getByLabel('Revenue attributed').fill('1000');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  const row = page.getByRole('row', { name: /Autumn sale/ });
  await expect(row).toContainText('€400.00 / €1,000.00 (40 %, within budget)');
  await expect(row).toContainText('150 %');
  await page.getByLabel('New KPI').fill('Sign-ups');
  await page.getByLabel('Target').fill('200');
  await page.getByRole('button', { name: 'Add KPI' }).click();
  const actual = page.getByLabel('Actual Sign-ups');
  await actual.fill('250');
  await actual.blur();
  await expect(page.getByRole('row', { name: /Sign-ups/ })).toContainText('Met (125 %)');
  // A KPI that should fall needs its target below where it stands now.
  await page.getByLabel('New KPI').fill('Cost per lead');
  await page.getByLabel('Good when it').selectOption('decrease');
  await page.getByLabel('Target').fill('30');
  await page.getByRole('button', { name: 'Add KPI' }).click();
  await expect(
    page.getByText(/Lower is better for this KPI, so its target must be below its baseline \(0\)/),
  ).toBeVisible();
  await page.getByLabel('Baseline').fill('48');
  await page.getByRole('button', { name: 'Add KPI' }).click();
  const falling = page.getByRole('row', { name: /Cost per lead/ });
  await expect(falling).toContainText('lower is better');
  await expect(falling).toContainText('48');
});

test('in the card editor a member links the card to a campaign and logs effort', async ({ page, request, team }) => {
  const board = await ok<{ id: string; columns: { id: string; name: string }[] }>(
    request.post('/api/boards', { data: { name: 'Effort board', teamId: team.id } }),
    201,
  );
  await ok(request.post(`/api/teams/${team.id}/campaigns`, { data: { name: 'Holiday promo' } }), 201);
  await ok(
    request.post(`/api/boards/${board.id}/cards`, { data: { columnId: board.columns[1]!.id, title: 'Promo banner' } }),
    201,
  );
  await page.goto(`/boards/${board.id}`);
  await page.getByRole('article', { name: 'Promo banner' }).getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit card' });
  await dialog.getByRole('combobox', { name: 'Campaign', exact: true }).selectOption({ label: 'Holiday promo' });
  await expect(page.getByText('Linked to the campaign.')).toBeVisible();
  await dialog.getByLabel('Minutes').fill('90');
  await dialog.getByLabel('Note').fill('Banner variants');
  await dialog.getByRole('button', { name: 'Log effort' }).click();
  await expect(dialog.getByRole('list', { name: 'Effort logged' })).toContainText(
    'Erin Lead: 1 h 30 min — Banner variants',
  );
  await page.goto(`/teams/${team.id}/campaigns`);
  await page.getByRole('button', { name: 'Holiday promo' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Promo banner' })).toContainText('To do');
});
