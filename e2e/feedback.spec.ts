import { expect, test } from './fixtures.ts';

const today = () => new Date().toISOString().slice(0, 10);

test('a lead shares a feedback link, an end user without an account answers, the lead accepts it into the backlog', async ({
  page,
  request,
  browser,
  team,
}) => {
  // The team's board, an active sprint on it, and one card finished in the sprint.
  const board = await (await request.post('/api/boards', { data: { name: 'Campaign', teamId: team.id } })).json();
  const created = await request.post(`/api/boards/${board.id}/sprints`, {
    data: { name: 'Launch 7', goal: 'Ship the autumn campaign', startDate: today() },
  });
  expect(created.status(), await created.text()).toBe(201);
  const sprint = await created.json();
  const started = await request.post(`/api/sprints/${sprint.id}/start`);
  expect(started.status(), await started.text()).toBe(200);
  const done = board.columns.at(-1);
  // Cards created while a sprint is active join it; this one is done already.
  const card = await request.post(`/api/boards/${board.id}/cards`, {
    data: { columnId: done.id, title: 'Landing page' },
  });
  expect(card.status(), await card.text()).toBe(201);

  // The lead makes a link on the team's Feedback page.
  await page.goto(`/teams/${team.id}/feedback`);
  await page.getByLabel('Label (who you send it to)').fill('Newsletter readers');
  await page.getByLabel('Message shown on the page (optional)').fill('Two minutes, promise.');
  await page.getByRole('button', { name: 'Create feedback link' }).click();
  const link = await page.getByLabel(/Link for Newsletter readers/).inputValue();
  expect(link).toMatch(/\/f\/[A-Za-z0-9_-]{43}$/);

  // Someone without an account opens it in a browser of their own.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(link);
  await expect(visitor.getByRole('heading', { name: `Your feedback for ${team.name}` })).toBeVisible();
  await expect(visitor.getByText('Ship the autumn campaign')).toBeVisible();
  await expect(visitor.getByRole('listitem').filter({ hasText: 'Landing page' })).toBeVisible();

  // Sending without a rating: the summary takes focus and names what is missing; text stays.
  await visitor.getByLabel('What should change?').fill('Subtitles on the videos');
  await visitor.getByRole('button', { name: 'Send feedback' }).click();
  await expect(visitor.getByRole('alert')).toBeFocused();
  await expect(visitor.getByRole('alert')).toContainText('Choose an overall rating');
  await expect(visitor.getByLabel('What should change?')).toHaveValue('Subtitles on the videos');

  // Keyboard only: into the rating group, arrows pick the rating.
  await visitor
    .getByRole('group', { name: /Overall/ })
    .getByRole('radio', { name: '3 – okay' })
    .focus();
  await visitor.keyboard.press('ArrowRight');
  await expect(visitor.getByRole('group', { name: /Overall/ }).getByRole('radio', { name: '4 – good' })).toBeChecked();
  await visitor.getByRole('group', { name: 'Landing page' }).getByRole('radio', { name: '5 – excellent' }).check();
  await visitor.getByRole('button', { name: 'Send feedback' }).click();
  await expect(visitor.getByRole('heading', { name: 'Thank you!' })).toBeFocused();
  const receipt = await visitor.getByRole('link', { name: /\/f\/receipt\// }).getAttribute('href');
  expect(receipt).toMatch(/^\/f\/receipt\/[A-Za-z0-9_-]{43}$/);

  // The lead sees it in the inbox and accepts it as a backlog card.
  await page.reload();
  const item = page.getByRole('article', { name: 'Feedback rated 4 of 5' });
  await expect(item).toContainText('Subtitles on the videos');
  await expect(item).toContainText('Landing page 5/5');
  await item.getByRole('button', { name: 'Accept…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Accept into the backlog' });
  await expect(dialog.getByLabel('Card titles, one per line')).toHaveValue('Subtitles on the videos');
  await dialog.getByRole('button', { name: 'Accept into the backlog' }).click();
  await expect(item).toContainText('Cards: Subtitles on the videos (backlog)');
  // Its buttons went with the triage, and no other feedback is listed: focus stays in the inbox.
  await expect(page.getByRole('region', { name: 'Feedback inbox' })).toBeFocused();

  // The receipt now says where it went.
  await visitor.goto(receipt ?? '');
  await expect(visitor.getByText('Accepted: in the backlog.')).toBeVisible();

  // Planning the next sprint shows the card as coming from feedback; once planned, the receipt says so.
  const next = await request.post(`/api/boards/${board.id}/sprints`, {
    data: { name: 'Launch 8', startDate: new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10) },
  });
  expect(next.status(), await next.text()).toBe(201);
  await page.goto(`/boards/${board.id}/planning`);
  const fromFeedback = page.getByTestId('plan-backlog').getByRole('article', { name: 'Subtitles on the videos' });
  await expect(fromFeedback).toContainText('From feedback');
  await fromFeedback.getByRole('button', { name: /Add .* to sprint/ }).click();
  await expect(page.getByTestId('plan-sprint').getByRole('article', { name: 'Subtitles on the videos' })).toBeVisible();
  await visitor.goto(receipt ?? '');
  await expect(visitor.getByText(/planned for sprint Launch 8/i)).toBeVisible();
  await visitorContext.close();
});

test('an unknown feedback link shows one plain message, without signing in', async ({ browser }) => {
  const context = await browser.newContext();
  const visitor = await context.newPage();
  await visitor.goto(`/f/${'x'.repeat(43)}`);
  await expect(visitor.getByRole('heading', { name: 'This feedback link does not work' })).toBeVisible();
  await expect(visitor).toHaveURL(/\/f\/x+$/);
  await context.close();
});
