import type { Locator, Page } from '@playwright/test';
import { createBoard } from './boards.ts';
import { expect, test } from './fixtures.ts';

// A phone held upright: the header and the board's bar wrap; only the board's columns scroll sideways.
test.use({ viewport: { width: 375, height: 740 } });

/** The page itself does not scroll sideways (a board's columns scroll inside their own area). */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, width, past } = await page.evaluate(() => {
    const width = window.innerWidth;
    const scrolls = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    // What reaches past the right edge outside any scrolling area, to say in the failure what to look at.
    const past = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width && !inScroller(el))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scrollWidth: document.scrollingElement?.scrollWidth ?? 0, width, past };
  });
  expect(scrollWidth, `the page's width at ${page.url()}; past the edge: ${past.join(', ')}`).toBeLessThanOrEqual(
    width,
  );
}

async function expectOnScreen(control: Locator) {
  const box = await control.boundingBox();
  expect(box, 'the control is laid out').not.toBeNull();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
}

test('at 375 px the board, planning and campaigns pages fit the screen, with the board picker and Sign out on it', async ({
  page,
  request,
  team,
}, info) => {
  // The board's name is 100 characters long (createBoard names it after this test): the picker must shorten it.
  const board = await createBoard(request, team.id, { Backlog: ['Write the newsletter'], Doing: ['Book the venue'] });
  // A planned sprint with a card, so the planning page shows its plan, capacity and availability form.
  const today = new Date().toISOString().slice(0, 10);
  const sprint = await request.post(`/api/boards/${board.id}/sprints`, {
    data: { name: 'Sprint 1', startDate: today },
  });
  expect(sprint.status(), await sprint.text()).toBe(201);
  const card = await request.post(`/api/teams/${team.id}/backlog`, { data: { title: 'Press release', effort: 3 } });
  expect(card.status(), await card.text()).toBe(201);
  const [sprintId, cardId] = [(await sprint.json()).id as string, (await card.json()).id as string];
  expect((await request.post(`/api/cards/${cardId}/plan`, { data: { sprintId } })).status()).toBe(200);
  const campaign = await request.post(`/api/teams/${team.id}/campaigns`, {
    data: { name: 'Webinar push', budgetMinor: 200_000, spendMinor: 100_000, revenueMinor: 250_000 },
  });
  expect(campaign.status(), await campaign.text()).toBe(201);

  const pages = [`/boards/${board.id}`, `/boards/${board.id}/planning`, `/teams/${team.id}/campaigns`];
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(page.locator('main')).not.toContainText('Loading');
    if (path.endsWith('planning')) await expect(page.getByText('Press release')).toBeVisible();
    if (path.endsWith('campaigns')) await expect(page.getByText('Webinar push')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectOnScreen(page.getByRole('button', { name: 'Sign out' }));
    await expectOnScreen(page.getByRole('link', { name: 'Campaigns' }));
    if (!path.endsWith('campaigns')) await expectOnScreen(page.getByRole('combobox', { name: 'Board' }));
    const shot = info.outputPath(`${path.split('/').pop()}.png`);
    await page.screenshot({ path: shot });
    await info.attach('screenshot', { path: shot, contentType: 'image/png' });
  }
  // A campaign opened below the list, with its KPI table.
  await page.getByRole('button', { name: 'Webinar push' }).click();
  await expect(page.getByRole('table', { name: 'KPIs against targets' })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
