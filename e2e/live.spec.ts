import { dndLiveRegion, titlesIn } from './boards.ts';
import { expect, test } from './fixtures.ts';
import { colleague } from './people.ts';

test('a move on one screen shows on the other at once, and a drag in progress is visible', async ({
  page,
  request,
  browser,
  team,
}) => {
  const res = await request.post('/api/boards', { data: { name: 'E2E live', teamId: team.id } });
  const board = (await res.json()) as { id: string; columns: { id: string; name: string }[] };
  const todo = board.columns.find((c) => c.name === 'To do')!.id;
  const doing = board.columns.find((c) => c.name === 'Doing')!.id;
  const ids: Record<string, string> = {};
  for (const title of ['Newsletter', 'Webinar deck']) {
    const r = await request.post(`/api/boards/${board.id}/cards`, { data: { columnId: todo, title } });
    ids[title] = ((await r.json()) as { id: string }).id;
  }

  const other = await colleague(browser, request, team.id);
  await page.goto(`/boards/${board.id}`);
  await other.page.goto(`/boards/${board.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
  await expect(other.page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

  // Each sees the other among the viewers.
  await expect(page.getByRole('list', { name: 'Also viewing this board' })).toContainText('Priya Peer');
  await expect(other.page.getByRole('list', { name: 'Also viewing this board' })).toContainText('Erin Lead');

  // A move through the first screen (keyboard drag) lands on the second without a reload.
  const card = page.getByRole('article', { name: 'Webinar deck', exact: true });
  await card.focus();
  await page.keyboard.press('Space');
  // While the card is held, the other screen shows who is moving it.
  await expect(other.page.getByText('Erin Lead is moving this card')).toBeVisible();
  const liveRegion = dndLiveRegion(page);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('“Webinar deck” is now in Doing');
  await page.keyboard.press('Space');
  await expect(titlesIn(page, 'Doing')).toHaveText(['Webinar deck']);
  await expect(titlesIn(other.page, 'Doing')).toHaveText(['Webinar deck']);
  await expect(other.page.getByText('Erin Lead is moving this card')).toHaveCount(0);

  // And back: a change made through the API by the colleague appears on the first screen.
  const moved = await other.context.request.post(`/api/cards/${ids.Newsletter}/move`, {
    data: { toColumnId: doing, afterCardId: ids['Webinar deck'] },
    headers: { 'x-echoboard-csrf': '1' },
  });
  expect(moved.status()).toBe(200);
  await expect(titlesIn(page, 'Doing')).toHaveText(['Webinar deck', 'Newsletter']);
  await expect(titlesIn(page, 'To do')).toHaveCount(0);
  await other.context.close();
});
