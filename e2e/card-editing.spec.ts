import { card, column, createBoard, openBoard } from './boards.ts';
import { expect, test } from './fixtures.ts';
import { colleague } from './people.ts';

test('create, edit and delete a card through the UI, each kept after a reload', async ({ page, request, team }) => {
  const res = await request.post('/api/boards', { data: { name: 'E2E card editing', teamId: team.id } });
  expect(res.status()).toBe(201);
  const board = (await res.json()) as { id: string };
  await page.goto(`/boards/${board.id}`);

  // Create
  const todo = column(page, 'To do');
  await todo.getByRole('button', { name: 'Add card' }).click();
  await todo.getByLabel('Card title').fill('Draft spring newsletter');
  await todo.getByLabel('Card title').press('Enter');
  await expect(card(page, 'Draft spring newsletter')).toBeVisible();
  await expect(todo.getByLabel('Card title')).toBeFocused();
  await todo.getByLabel('Card title').press('Escape');
  await page.reload();
  await expect(column(page, 'To do').getByRole('heading', { level: 3 })).toHaveText(['Draft spring newsletter']);

  // Edit every field
  await card(page, 'Draft spring newsletter').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit card' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await dialog.getByLabel('Title').fill('Spring newsletter');
  await dialog.getByLabel('Effort').selectOption('5');
  await dialog.getByLabel('Labels').fill('Email, Spring, email');
  await dialog.getByLabel('Due date').fill('2099-03-31');
  await dialog.getByLabel('Assignee').fill('Ada Lovelace');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.reload();
  const edited = card(page, 'Spring newsletter');
  await expect(edited).toBeVisible();
  await expect(edited).toContainText('5 pts');
  await expect(edited.getByRole('list', { name: 'Labels' }).getByRole('listitem')).toHaveText(['Email', 'Spring']);
  await expect(edited.getByRole('img', { name: 'Assigned to Ada Lovelace' })).toHaveText('AL');
  await expect(edited.locator('time')).toHaveAttribute('datetime', '2099-03-31');
  await expect(edited.getByText('Overdue')).toHaveCount(0);

  await edited.getByRole('button', { name: 'Edit' }).click();
  await expect(dialog.getByLabel('Due date')).toHaveValue('2099-03-31');
  await expect(dialog.getByLabel('Effort')).toHaveValue('5');
  await expect(dialog.getByLabel('Assignee')).toHaveValue('Ada Lovelace');

  // A blank title is refused next to the field, before anything is sent
  await dialog.getByLabel('Title').fill('   ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Title').fill('Spring newsletter');

  // Delete (with confirmation, which takes focus as it appears)
  await dialog.getByRole('button', { name: 'Delete card' }).click();
  await expect(dialog.getByRole('button', { name: 'Yes, delete card' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Yes, delete card' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, 'Spring newsletter')).toHaveCount(0);
  // The last card of its column is gone: focus goes to the column's "Add card".
  await expect(column(page, 'To do').getByRole('button', { name: 'Add card' })).toBeFocused();
  await page.reload();
  await expect(column(page, 'To do')).toBeVisible();
  await expect(card(page, 'Spring newsletter')).toHaveCount(0);
});

test('an overdue card says so and a column over its WIP limit says so in words', async ({ page, request, team }) => {
  const res = await request.post('/api/boards', { data: { name: 'E2E wip', teamId: team.id } });
  const board = (await res.json()) as { id: string; columns: { id: string; name: string }[] };
  const doing = board.columns.find((c) => c.name === 'Doing')!;
  expect((await request.patch(`/api/columns/${doing.id}`, { data: { wipLimit: 1 } })).status()).toBe(200);
  for (const title of ['Late brief', 'Second task']) {
    const r = await request.post(`/api/boards/${board.id}/cards`, {
      data: { columnId: doing.id, title, ...(title === 'Late brief' ? { dueDate: '2020-01-15' } : {}) },
    });
    expect(r.status()).toBe(201);
  }
  await page.goto(`/boards/${board.id}`);
  const column = page.getByRole('region', { name: 'Doing', exact: true });
  await expect(column).toContainText('2 / 1');
  await expect(column).toContainText('Over limit');
  await expect(card(page, 'Late brief').getByText('Overdue')).toBeVisible();
});

test('an editor left open across a teammate’s save is refused, shows their change and saves on top of it', async ({
  page,
  request,
  browser,
  team,
}) => {
  const board = await createBoard(request, team.id, { 'To do': ['Launch email'] });
  const priya = await colleague(browser, request, team.id);
  await openBoard(priya.page, board);
  await openBoard(page, board);
  await expect(priya.page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  await card(priya.page, 'Launch email').getByRole('button', { name: 'Edit' }).click();
  const hers = priya.page.getByRole('dialog', { name: 'Edit card' });
  await expect(hers.getByLabel('Title')).toHaveValue('Launch email');

  // The lead renames the card and saves while Priya's editor is open.
  await card(page, 'Launch email').getByRole('button', { name: 'Edit' }).click();
  const lead = page.getByRole('dialog', { name: 'Edit card' });
  await lead.getByLabel('Title').fill('Launch email (final)');
  await lead.getByRole('button', { name: 'Save' }).click();
  await expect(lead).toBeHidden();
  await expect(hers.getByRole('status', { name: 'Changes by others' })).toHaveText(
    /Someone else changed Title while you were editing/,
  );

  // Priya only types a description: the save is refused rather than undoing the rename.
  await hers.getByLabel('Description').fill('Send on Tuesday at 9');
  const refused = priya.page.waitForResponse((r) => r.request().method() === 'PATCH');
  await hers.getByRole('button', { name: 'Save' }).click();
  expect((await refused).status()).toBe(409);
  await expect(hers.getByRole('alert')).toContainText('changed by someone else');
  await expect(hers.getByLabel('Title')).toHaveValue('Launch email (final)');
  await expect(hers.getByLabel('Description')).toHaveValue('Send on Tuesday at 9');

  // Saving again puts her description on the renamed card.
  await hers.getByRole('button', { name: 'Save' }).click();
  await expect(hers).toBeHidden();
  const saved = await request.get(`/api/boards/${board.id}`);
  const columns = ((await saved.json()) as { columns: { cards: { title: string; description: string }[] }[] }).columns;
  expect(columns.flatMap((c) => c.cards)).toEqual([
    expect.objectContaining({ title: 'Launch email (final)', description: 'Send on Tuesday at 9' }),
  ]);
  await priya.context.close();
});

test('after a card is deleted or archived, focus goes to the card that took its place, else the one above', async ({
  page,
  request,
  team,
}) => {
  const board = await createBoard(request, team.id, { 'To do': ['Brief', 'Storyboard', 'Voice-over'] });
  await openBoard(page, board);
  const dialog = page.getByRole('dialog', { name: 'Edit card' });

  await card(page, 'Storyboard').getByRole('button', { name: 'Edit' }).click();
  await dialog.getByRole('button', { name: 'Delete card' }).click();
  await dialog.getByRole('button', { name: 'Yes, delete card' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, 'Voice-over')).toBeFocused();

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Archive card' }).click();
  await expect(dialog).toBeHidden();
  await expect(card(page, 'Brief')).toBeFocused();
});
