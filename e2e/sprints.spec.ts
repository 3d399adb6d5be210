import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expectPlanAnswer } from './boards.ts';
import { expect, test } from './fixtures.ts';

/** Today and later days as the server's calendar (UTC on the test machine) writes them. */
const day = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function createBoard(request: APIRequestContext, teamId: string) {
  const res = await request.post('/api/boards', { data: { name: 'Autumn campaign', teamId } });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

async function createBacklogCard(request: APIRequestContext, teamId: string, title: string, effort: number) {
  const res = await request.post(`/api/teams/${teamId}/backlog`, { data: { title, effort } });
  expect(res.status(), await res.text()).toBe(201);
}

const list = (page: Page, name: 'backlog' | 'sprint') => page.getByTestId(`plan-${name}`);
const titlesIn = (locator: Locator) => locator.getByRole('heading', { level: 3 });
const card = (scope: Page | Locator, title: string) => scope.getByRole('article', { name: title, exact: true });

/** dnd-kit needs real intermediate pointer moves: press, nudge past the activation distance, glide, release. */
async function dragInto(page: Page, source: Locator, target: Locator) {
  // The mouse moves in the viewport: a card scrolled out of it (say, after saving availability below) cannot be picked up.
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + 24, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 2, { steps: 2 });
  await page.mouse.up();
}

test('a lead plans a sprint, runs it and carries unfinished work into the next one', async ({
  page,
  request,
  team,
}) => {
  const boardId = await createBoard(request, team.id);
  await createBacklogCard(request, team.id, 'Hero banner', 5);
  await createBacklogCard(request, team.id, 'Newsletter', 3);
  await createBacklogCard(request, team.id, 'Webinar deck', 8);
  // The sprint after the one we plan, already on the calendar.
  const next = await request.post(`/api/boards/${boardId}/sprints`, {
    data: { name: 'Sprint 2', startDate: day(14), lengthDays: 14 },
  });
  expect(next.status(), await next.text()).toBe(201);

  await page.goto(`/boards/${boardId}`);
  await expect(page.getByText('No sprint is running.')).toBeVisible();
  await page.getByRole('link', { name: 'Plan sprints' }).click();
  await expect(titlesIn(list(page, 'backlog'))).toHaveText(['Hero banner', 'Newsletter', 'Webinar deck']);

  // A new sprint starting today (the form proposes the day after Sprint 2; the lead changes it).
  await page.getByRole('button', { name: 'New sprint' }).click();
  const dialog = page.getByRole('dialog', { name: 'New sprint' });
  await expect(dialog.getByLabel('Start date')).toHaveValue(day(28));
  await dialog.getByLabel('Sprint name').fill('Sprint 1');
  await dialog.getByLabel('Sprint goal').fill('Launch the autumn campaign');
  await dialog.getByLabel('Start date').fill(day(0));
  await dialog.getByRole('button', { name: 'Create sprint' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Planned sprint')).toHaveValue(/.+/);
  await expect(page.getByLabel('Planned sprint').locator('option:checked')).toHaveText(/^Sprint 1/);

  // Two available days at the default of 1 point a day: 2 points of capacity.
  await page.getByLabel('Available days for Erin Lead').fill('2');
  await page.getByRole('button', { name: 'Save availability' }).click();
  const teamMeter = page.getByTestId('meter-Team');
  await expect(teamMeter).toContainText('0 points committed of 2 points — Under capacity');

  // By drag: the backlog's first card into the empty sprint plan.
  await expectPlanAnswer(page, () =>
    dragInto(page, card(list(page, 'backlog'), 'Hero banner'), list(page, 'sprint').locator('ul')),
  );
  await expect(titlesIn(list(page, 'sprint'))).toHaveText(['Hero banner']);
  await expect(teamMeter).toContainText('5 points committed of 2 points — Over capacity');

  // Without a drag: the button on the card.
  await expectPlanAnswer(page, () => page.getByRole('button', { name: 'Add “Newsletter” to sprint' }).click());
  await expect(titlesIn(list(page, 'sprint'))).toHaveText(['Hero banner', 'Newsletter']);
  await expect(titlesIn(list(page, 'backlog'))).toHaveText(['Webinar deck']);
  await expect(teamMeter).toContainText('8 points committed of 2 points — Over capacity');

  // Start: the board shows the sprint and its cards in the first column.
  await page.getByRole('button', { name: 'Start sprint' }).click();
  await expect(page).toHaveURL(new RegExp(`/boards/${boardId}$`));
  const header = page.getByRole('region', { name: 'Sprint' });
  await expect(header).toContainText('Sprint 1');
  await expect(header).toContainText('Goal: Launch the autumn campaign');
  await expect(header).toContainText('Day 1 of 14');
  await expect(header).toContainText('14 days left');
  await expect(header).toContainText('8 points committed');
  const firstColumn = page.locator('.column').first();
  await expect(titlesIn(firstColumn)).toHaveText(['Hero banner', 'Newsletter']);

  // One card gets done.
  await page.getByRole('button', { name: 'Move to… “Hero banner”' }).click();
  const moveDialog = page.getByRole('dialog', { name: 'Move “Hero banner”' });
  await moveDialog.getByLabel('Column', { exact: true }).selectOption({ label: 'Done' });
  await moveDialog.getByRole('button', { name: 'Move' }).click();
  await expect(titlesIn(page.getByRole('region', { name: 'Done', exact: true }))).toHaveText(['Hero banner']);

  // Complete, carrying the unfinished card into Sprint 2.
  await header.getByRole('button', { name: 'Complete sprint…' }).click();
  const complete = page.getByRole('dialog', { name: 'Complete “Sprint 1”' });
  await expect(complete.getByTestId('sprint-counts')).toHaveText('1 done · 1 not done');
  await expect(complete.getByLabel('A planned sprint')).toBeChecked();
  await expect(complete.getByLabel('Planned sprint').locator('option:checked')).toHaveText(/^Sprint 2/);
  await complete.getByRole('button', { name: 'Complete sprint' }).click();

  // Planning opens on Sprint 2, already holding the carried-over card.
  await expect(page).toHaveURL(new RegExp(`/boards/${boardId}/planning$`));
  await expect(page.getByLabel('Planned sprint').locator('option:checked')).toHaveText(/^Sprint 2/);
  await expect(titlesIn(list(page, 'sprint'))).toHaveText(['Newsletter']);
  await expect(titlesIn(list(page, 'backlog'))).toHaveText(['Webinar deck']);

  // Sprint 2 is planned two weeks out; the lead starts it today and moves its dates with it.
  await page.getByRole('button', { name: 'Start sprint' }).click();
  const start = page.getByRole('dialog', { name: 'Start “Sprint 2”' });
  await expect(start.getByRole('radio', { name: /^Start today/ })).toBeChecked();
  await start.getByRole('button', { name: 'Start sprint' }).click();
  await expect(page).toHaveURL(new RegExp(`/boards/${boardId}$`));
  await expect(header).toContainText('Sprint 2');
  await expect(header).toContainText('Day 1 of 14');
});

test('a lead estimates cards while planning, and the meter follows', async ({ page, request, team }) => {
  const boardId = await createBoard(request, team.id);
  const res = await request.post(`/api/teams/${team.id}/backlog`, { data: { title: 'Press release' } });
  expect(res.status(), await res.text()).toBe(201);
  const sprint = await request.post(`/api/boards/${boardId}/sprints`, {
    data: { name: 'Sprint 9', startDate: day(1) },
  });
  expect(sprint.status(), await sprint.text()).toBe(201);
  const cardId = ((await res.json()) as { id: string }).id;
  const plannedRes = await request.post(`/api/cards/${cardId}/plan`, {
    data: { sprintId: ((await sprint.json()) as { id: string }).id },
  });
  expect(plannedRes.status()).toBe(200);

  await page.goto(`/boards/${boardId}/planning`);
  const effort = page.getByLabel('Effort of “Press release”');
  await expect(effort).toHaveValue('');
  await expect(page.getByTestId('meter-Team')).toContainText('0 points committed');
  await effort.selectOption('8');
  await expect(page.getByTestId('meter-Team')).toContainText('8 points committed');
  // No one has entered available days: the capacity is not known, not exceeded.
  await expect(page.getByTestId('meter-Team')).toContainText('capacity not known yet');
  await expect(page.getByText('No one has entered their available days for this sprint yet.')).toBeVisible();
  await expect(page.getByText('Over capacity')).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('Effort of “Press release”')).toHaveValue('8');
});
