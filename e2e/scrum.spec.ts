import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { colleague } from './people.ts';

const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
const scrumBar = (page: Page) => page.getByRole('region', { name: 'Daily scrum' });

test('a daily scrum: the timer and the walk show on both screens, a blocked card reaches the summary', async ({
  page,
  request,
  browser,
  team,
}) => {
  const other = await colleague(browser, request, team.id);
  const me = (await (await request.get('/api/auth/me')).json()) as { user: { id: string } };
  const res = await request.post('/api/boards', { data: { name: 'E2E scrum', teamId: team.id } });
  const board = (await res.json()) as { id: string; columns: { id: string; name: string }[] };
  const doing = board.columns.find((c) => c.name === 'Doing')!.id;
  for (const [title, assigneeId] of [
    ['Newsletter', me.user.id],
    ['Webinar deck', other.userId],
  ]) {
    const r = await request.post(`/api/boards/${board.id}/cards`, { data: { columnId: doing, title, assigneeId } });
    expect(r.status(), await r.text()).toBe(201);
  }

  await page.goto(`/boards/${board.id}`);
  await other.page.goto(`/boards/${board.id}`);
  for (const p of [page, other.page]) await expect(p.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  // Only a lead may start it.
  await expect(other.page.getByRole('button', { name: 'Start daily scrum' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Start daily scrum' }).click();
  for (const p of [page, other.page]) {
    await expect(scrumBar(p).getByRole('timer')).toHaveText(/^1[45]:\d\d left$/);
    await expect(scrumBar(p)).toContainText('Ready. First up: Erin Lead');
  }

  await scrumBar(page).getByRole('button', { name: 'Next speaker' }).click();
  await expect(scrumBar(other.page)).toContainText('Now speaking: Erin Lead (1 of 2)');
  await expect(card(other.page, 'Newsletter')).toHaveAttribute('data-focus', 'highlight');
  await expect(card(other.page, 'Webinar deck')).toHaveAttribute('data-focus', 'dim');
  await expect(card(other.page, 'Webinar deck')).toContainText('0d in Doing');

  await scrumBar(page).getByRole('button', { name: 'Next speaker' }).click();
  for (const p of [page, other.page]) {
    await expect(scrumBar(p)).toContainText('Now speaking: Priya Peer (2 of 2)');
    await expect(card(p, 'Webinar deck')).toHaveAttribute('data-focus', 'highlight');
  }
  // The member has no walk controls, only the lead.
  await expect(scrumBar(other.page).getByRole('button')).toHaveCount(0);

  // Priya flags her card blocked; the lead sees it at once.
  await card(other.page, 'Webinar deck').getByRole('button', { name: 'Edit' }).click();
  const dialog = other.page.getByRole('dialog', { name: 'Edit card' });
  await dialog.getByRole('button', { name: 'Flag blocked…' }).click();
  await dialog.getByLabel('Why is it blocked?').fill('Waiting for legal sign-off');
  await dialog.getByRole('button', { name: 'Flag blocked', exact: true }).click();
  await expect(dialog).toContainText('Blocked: Waiting for legal sign-off');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(card(page, 'Webinar deck')).toContainText('Blocked: Waiting for legal sign-off');

  // Past the last speaker comes the review of blocked cards, then the end and its summary.
  await scrumBar(page).getByRole('button', { name: 'Next speaker' }).click();
  await expect(other.page.getByRole('list', { name: 'Blocked cards to review' })).toContainText('Webinar deck');
  await scrumBar(page).getByRole('button', { name: 'End scrum' }).click();
  for (const p of [page, other.page]) {
    const summary = p.getByRole('region', { name: 'Scrum summary' });
    await expect(summary.getByRole('list', { name: 'Blocked cards' })).toHaveText(
      'Webinar deck: Waiting for legal sign-off',
    );
    await expect(summary.getByRole('list', { name: 'Who spoke' }).getByRole('listitem')).toHaveText([
      'Erin Lead',
      'Priya Peer',
    ]);
    await expect(scrumBar(p)).toHaveCount(0);
  }
  await other.context.close();
});
