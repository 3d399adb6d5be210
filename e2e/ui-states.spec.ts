import { expect, test } from './fixtures.ts';

const today = () => new Date().toISOString().slice(0, 10);

test('an empty board says what to do; a CSV export shows its progress and saves the file', async ({
  page,
  request,
  team,
}) => {
  const board = (await (await request.post('/api/boards', { data: { name: 'Exports', teamId: team.id } })).json()) as {
    id: string;
  };
  await page.goto(`/boards/${board.id}`);
  await expect(page.getByTestId('board-empty')).toContainText('This board has no cards yet.');

  const sprint = await request.post(`/api/boards/${board.id}/sprints`, { data: { name: 'S1', startDate: today() } });
  const { id } = (await sprint.json()) as { id: string };
  expect((await request.post(`/api/sprints/${id}/start`)).status()).toBe(200);
  await page.goto(`/boards/${board.id}/review`);
  const exports = page.getByRole('navigation', { name: 'Export as CSV' });
  const download = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'cards.csv' }).click();
  expect((await download).suggestedFilename()).toMatch(/^echoboard-cards-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByRole('status').filter({ hasText: 'cards.csv is downloaded.' })).toBeVisible();

  // The server unreachable: the export says so and offers another try.
  await page.route('**/export/sprints.csv', (route) => route.abort('internetdisconnected'));
  await exports.getByRole('button', { name: 'sprints.csv' }).click();
  await expect(page.getByRole('alert')).toContainText('Could not export sprints.csv: Can’t reach the Echoboard server');
});

test('a page whose request cannot reach the server says so and loads on "Try again"', async ({ page, team }) => {
  await page.route('**/api/teams/*/feedback-sprints', (route) => route.abort('internetdisconnected'));
  await page.goto(`/teams/${team.id}/feedback`);
  await expect(page.getByRole('heading', { name: 'Can’t reach the server' })).toBeVisible();
  await page.unroute('**/api/teams/*/feedback-sprints');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'End-user feedback' })).toBeVisible();
  await expect(page.getByText(/No feedback yet\./)).toBeVisible();
});
