import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

test('sign-in has no serious accessibility violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/signin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('board, team, campaigns and review pages have no serious accessibility violations', async ({
  page,
  request,
  team,
}) => {
  const board = (await (
    await request.post('/api/boards', { data: { name: 'A11y board', teamId: team.id } })
  ).json()) as {
    id: string;
    columns: { id: string }[];
  };
  await request.post(`/api/boards/${board.id}/cards`, {
    data: {
      columnId: board.columns[1]!.id,
      title: 'Launch post',
      effort: 3,
      labels: ['social'],
      dueDate: '2020-01-01',
    },
  });
  for (const path of [
    `/boards/${board.id}`,
    `/teams/${team.id}`,
    `/teams/${team.id}/campaigns`,
    `/boards/${board.id}/review`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test('every card of the board can be reached with the Tab key alone', async ({ page, request, team }) => {
  const board = (await (await request.post('/api/boards', { data: { name: 'Keys', teamId: team.id } })).json()) as {
    id: string;
    columns: { id: string }[];
  };
  await request.post(`/api/boards/${board.id}/cards`, {
    data: { columnId: board.columns[0]!.id, title: 'Keyboard card' },
  });
  await page.goto(`/boards/${board.id}`);
  const card = page.getByRole('article', { name: 'Keyboard card' });
  await expect(card).toBeVisible();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await card.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)) break;
  }
  expect(await card.evaluate((el) => el.contains(document.activeElement) || el === document.activeElement)).toBe(true);
});
