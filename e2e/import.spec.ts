import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trelloExport } from '../packages/domain/src/import/trello-fixture.ts';
import { expect, test } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'echoboard-import-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

test('a lead imports a Trello export through a preview and lands on the new board', async ({ page }) => {
  const file = write('trello.json', JSON.stringify(trelloExport({ cards: 20 })));
  await page.goto('/');
  await page.getByRole('link', { name: 'Import from Trello' }).click();
  await expect(page.getByRole('heading', { name: 'Import a Trello board' })).toBeVisible();
  await page.getByLabel('Trello export (JSON)').setInputFiles(file);

  const preview = page.getByRole('heading', { name: 'Preview: Marketing Q4 ✨' });
  await expect(preview).toBeFocused();
  const columns = page.getByRole('table', { name: 'Columns of the new board' });
  await expect(columns.getByRole('row')).toHaveText([/Column\s*Cards/, /Ideas\s*4/, /Doing\s*5/, /Done ✅\s*4/]);
  await expect(page.getByRole('button', { name: 'Import 13 cards' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'People on the cards' })).toContainText('Outside Agency');

  // Bringing archived cards in re-reads the preview before anything is written.
  await page.getByLabel('Import them as archived cards').check();
  await expect(page.getByRole('button', { name: 'Import 20 cards' })).toBeVisible();
  await expect(page.getByText('Archived lists and cards (7 archived cards in the preview)')).toBeVisible();

  await page.getByRole('button', { name: 'Import 20 cards' }).click();
  await expect(page.getByRole('heading', { name: 'Imported “Marketing Q4 ✨”' })).toBeFocused();
  await expect(page.getByText('3 columns, 20 cards (7 archived), 2 checklist items and 2 comments.')).toBeVisible();
  await page.getByRole('link', { name: 'Open Marketing Q4 ✨' }).click();

  const ideas = page.getByRole('region', { name: 'Ideas', exact: true });
  await expect(ideas.getByRole('heading', { level: 3 })).toHaveText([
    'Card 19',
    'Card 13',
    'Card 7',
    'Café launch – naïve “quotes” 🚀',
  ]);
  await expect(page.getByRole('region', { name: 'Done ✅', exact: true })).toBeVisible();
});

test('a wrong file gets a message that says what to do, and nothing is created', async ({ page, request, team }) => {
  await page.goto(`/teams/${team.id}/import`);
  await page.getByLabel('Trello export (JSON)').setInputFiles(write('list.json', '{"items": []}'));
  await expect(page.getByRole('alert')).toContainText('This is not a Trello board export');
  const boards = await request.get(`/api/boards?teamId=${team.id}`);
  expect(await boards.json()).toEqual([]);
});

test('a CSV of cards is mapped, previewed and imported into the open board', async ({ page, request, team }) => {
  const created = await request.post('/api/boards', { data: { name: 'Launch', teamId: team.id } });
  const board = (await created.json()) as { id: string };
  const csv = write(
    'cards.csv',
    '\uFEFFName,Stage,Story points,Notes\r\n"Café 🚀 teaser",Doing,3,"two\r\nlines"\r\nPress kit,,,\r\nRetro,Parking lot,,\r\n',
  );
  await page.goto(`/boards/${board.id}`);
  await page.getByRole('link', { name: 'Import CSV' }).click();
  await expect(page.getByRole('heading', { name: 'Import cards from CSV into Launch' })).toBeVisible();
  await expect(page.getByLabel('CSV file')).toBeEnabled();
  await page.getByLabel('CSV file').setInputFiles(csv);

  await expect(page.getByRole('heading', { name: 'Map the columns of cards.csv' })).toBeFocused();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('title');
  await expect(page.getByLabel('Stage')).toHaveValue('column');
  await expect(page.getByLabel('Story points')).toHaveValue('effort');
  await page.getByLabel('Notes').selectOption({ label: 'Description' });
  await page.getByLabel('Rows without a column go to').selectOption({ label: 'To do' });
  await page.getByRole('button', { name: 'Preview' }).click();

  const table = page.getByRole('table', { name: 'Cards per column' });
  await expect(table.getByRole('row')).toHaveText([
    /Column/,
    /To do\s*1\s*Press kit/,
    /Doing\s*1/,
    /Parking lot \(new column\)\s*1\s*Retro/,
  ]);
  await page.getByRole('button', { name: 'Import 3 cards' }).click();
  await expect(page.getByRole('heading', { name: 'Imported 3 cards' })).toBeFocused();
  await page.getByRole('link', { name: 'Back to Launch' }).click();
  await expect(page.getByRole('region', { name: 'Doing', exact: true }).getByRole('heading', { level: 3 })).toHaveText([
    'Café 🚀 teaser',
  ]);
  await expect(page.getByRole('region', { name: 'Parking lot', exact: true })).toContainText('Retro');
});
