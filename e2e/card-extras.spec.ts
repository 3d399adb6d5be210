import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { titlesIn } from './boards.ts';
import { expect, test } from './fixtures.ts';
import { colleague } from './people.ts';

test('checklist progress and comments on a card; archiving it takes it off every screen, and it can be restored', async ({
  page,
  request,
  browser,
  team,
}) => {
  const res = await request.post('/api/boards', { data: { name: 'E2E extras', teamId: team.id } });
  const board = (await res.json()) as { id: string; columns: { id: string; name: string }[] };
  const todo = board.columns.find((c) => c.name === 'To do')!.id;
  for (const title of ['Launch post', 'Partner email']) {
    await request.post(`/api/boards/${board.id}/cards`, { data: { columnId: todo, title } });
  }
  const other = await colleague(browser, request, team.id);
  await page.goto(`/boards/${board.id}`);
  await other.page.goto(`/boards/${board.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await expect(other.page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  // Two checklist items, one ticked: the board card says 1/2, on the colleague's screen too.
  await page.getByRole('button', { name: 'Edit “Launch post”' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit card' });
  await expect(editor.getByText(/No checklist yet/)).toBeVisible();
  await editor.getByLabel('New item').fill('Write copy');
  await editor.getByLabel('New item').press('Enter');
  await expect(editor.getByRole('checkbox', { name: 'Write copy' })).toBeVisible();
  await editor.getByLabel('New item').fill('Pick image');
  await editor.getByRole('button', { name: 'Add item' }).click();
  await editor.getByRole('checkbox', { name: 'Write copy' }).check();
  await expect(editor.getByRole('progressbar', { name: 'Checklist: 1 of 2 done' })).toBeVisible();

  await editor.getByLabel('New comment').fill('Copy is in the shared doc');
  await editor.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(editor.getByText('Copy is in the shared doc')).toBeVisible();
  await expect(editor.getByRole('listitem').filter({ hasText: 'Copy is in the shared doc' })).toContainText(
    'Erin Lead',
  );
  await editor.getByRole('button', { name: 'Close' }).click();

  const card = (p: Page) => p.getByRole('article', { name: 'Launch post', exact: true });
  await expect(card(page)).toContainText('Checklist: 1/2 done');
  await expect(card(other.page)).toContainText('Checklist: 1/2 done');
  await expect(card(other.page)).toContainText('1 comment');

  // Archive: gone from both boards without a reload.
  await page.getByRole('button', { name: 'Edit “Launch post”' }).click();
  await page.getByRole('dialog', { name: 'Edit card' }).getByRole('button', { name: 'Archive card' }).click();
  await expect(titlesIn(page, 'To do')).toHaveText(['Partner email']);
  await expect(titlesIn(other.page, 'To do')).toHaveText(['Partner email']);

  // The colleague restores it into Doing; both see it there, with its checklist progress.
  await other.page.getByRole('button', { name: 'Archived cards' }).click();
  const archive = other.page.getByRole('dialog', { name: 'Archived cards' });
  // Before restoring, what it holds can be read (not changed).
  await archive.getByText('Details').click();
  const archivedChecklist = archive.getByRole('list', { name: 'Checklist of “Launch post”' });
  await expect(archivedChecklist.getByRole('heading')).toHaveText(['Checklist (1/2)']);
  await expect(archivedChecklist.getByRole('progressbar', { name: 'Checklist: 1 of 2 done' })).toBeVisible();
  await expect(
    archivedChecklist.getByRole('list', { name: 'Checklist', exact: true }).getByRole('listitem'),
  ).toHaveText([/^☑Done: Write copy$/, /^☐To do: Pick image$/]);
  await expect(archive.getByRole('list', { name: 'Comments on “Launch post”' })).toContainText(
    'Copy is in the shared doc',
  );
  await expect(archive.getByRole('checkbox')).toHaveCount(0);
  expect(await seriousViolations(other.page), 'the archive with a card’s details open').toEqual([]);
  await archive.getByLabel('Restore “Launch post” to column').selectOption({ label: 'Doing' });
  await archive.getByRole('button', { name: 'Restore “Launch post”' }).click();
  await expect(archive.getByText(/No archived cards/)).toBeVisible();
  await expect(titlesIn(other.page, 'Doing')).toHaveText(['Launch post']);
  await expect(titlesIn(page, 'Doing')).toHaveText(['Launch post']);
  await other.context.close();
});
