import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { colleague } from './people.ts';

const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const list = (page: Page, name: 'backlog' | 'sprint') => page.getByTestId(`plan-${name}`);
const titlesIn = (locator: Locator) => locator.getByRole('heading', { level: 3 });

test('planning is live: the lead plans a card and a member sees it in the sprint and the meter, without reload', async ({
  page,
  request,
  browser,
  team,
}) => {
  const res = await request.post('/api/boards', { data: { name: 'Live planning', teamId: team.id } });
  const boardId = ((await res.json()) as { id: string }).id;
  const sprintRes = await request.post(`/api/boards/${boardId}/sprints`, {
    data: { name: 'Sprint 1', startDate: day(1), lengthDays: 14 },
  });
  expect(sprintRes.status(), await sprintRes.text()).toBe(201);
  const sprint = (await sprintRes.json()) as { id: string };
  for (const [title, effort] of [
    ['Hero banner', 5],
    ['Newsletter', 3],
  ] as const) {
    expect((await request.post(`/api/teams/${team.id}/backlog`, { data: { title, effort } })).status()).toBe(201);
  }

  const member = await colleague(browser, request, team.id);
  // Two available days at the default of 1 point a day: 2 points of capacity.
  const availability = await request.put(`/api/sprints/${sprint.id}/availability`, {
    data: { availability: [{ memberId: member.userId, availableDays: 2 }] },
  });
  expect(availability.status(), await availability.text()).toBe(200);

  await page.goto(`/boards/${boardId}/planning`);
  await member.page.goto(`/boards/${boardId}/planning`);
  for (const p of [page, member.page]) {
    await expect(p.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
    await expect(titlesIn(list(p, 'backlog'))).toHaveText(['Hero banner', 'Newsletter']);
  }
  const meter = member.page.getByTestId('meter-Team');
  await expect(meter).toContainText('0 points committed of 2 points — Under capacity');
  // Set on this page's window: a reload would lose it.
  await member.page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

  // The lead adds a backlog card to the sprint; the member's page follows.
  await page.getByRole('button', { name: 'Add “Newsletter” to sprint' }).click();
  await expect(titlesIn(list(member.page, 'sprint'))).toHaveText(['Newsletter']);
  await expect(titlesIn(list(member.page, 'backlog'))).toHaveText(['Hero banner']);
  await expect(meter).toContainText('3 points committed of 2 points — Over capacity');

  // And back the other way: the member adds a backlog card, the lead sees it arrive.
  await member.page.getByLabel('New backlog card title').fill('Podcast ad');
  await member.page.getByRole('button', { name: 'Add to backlog' }).click();
  await expect(titlesIn(list(page, 'backlog'))).toHaveText(['Hero banner', 'Podcast ad']);

  expect(await member.page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
  await member.context.close();
});
