import type { Page } from '@playwright/test';
import { card, column, createBoard, dndLiveRegion, dragTo, expectMoveAnswer, openBoard, titlesIn } from './boards.ts';
import { expect, test } from './fixtures.ts';

/**
 * Cuts the page off from the live event stream, as a dropped connection would, so its picture of
 * the board goes stale and the server, not the live update, has to catch the mistake.
 */
const missLiveUpdates = (page: Page) => page.route(/\/events(\?|$)/, (route) => route.abort());

test('drag a card with the mouse into another column; the order survives a reload', async ({ page, request, team }) => {
  const board = await createBoard(request, team.id, {
    'To do': ['Brief agency', 'Draft copy'],
    Doing: ['Landing page', 'Ad set'],
  });
  await openBoard(page, board);

  await expectMoveAnswer(page, () => dragTo(page, card(page, 'Brief agency'), card(page, 'Ad set'), 'above'));

  await expect(titlesIn(page, 'Doing')).toHaveText(['Landing page', 'Brief agency', 'Ad set']);
  await expect(titlesIn(page, 'To do')).toHaveText(['Draft copy']);

  await page.reload();
  await expect(titlesIn(page, 'Doing')).toHaveText(['Landing page', 'Brief agency', 'Ad set']);
  await expect(titlesIn(page, 'To do')).toHaveText(['Draft copy']);
});

test('drag within a column reorders it', async ({ page, request, team }) => {
  const board = await createBoard(request, team.id, { 'To do': ['One', 'Two', 'Three'] });
  await openBoard(page, board);
  await expectMoveAnswer(page, () => dragTo(page, card(page, 'Three'), card(page, 'One'), 'above'));
  await expect(titlesIn(page, 'To do')).toHaveText(['Three', 'One', 'Two']);
  await page.reload();
  await expect(titlesIn(page, 'To do')).toHaveText(['Three', 'One', 'Two']);
});

test('move a card with the keyboard; Escape cancels a keyboard drag', async ({ page, request, team }) => {
  const board = await createBoard(request, team.id, { 'To do': ['Social posts', 'Blog post'], Doing: ['Newsletter'] });
  await openBoard(page, board);
  const liveRegion = dndLiveRegion(page);

  // Escape first: pick up, move right, cancel → nothing changes.
  await card(page, 'Blog post').focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Picked up “Blog post”');
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('is now in Doing');
  await page.keyboard.press('Escape');
  await expect(liveRegion).toContainText('Move cancelled');
  await expect(titlesIn(page, 'To do')).toHaveText(['Social posts', 'Blog post']);
  await expect(titlesIn(page, 'Doing')).toHaveText(['Newsletter']);

  // Now for real: Space, ArrowRight into Doing, ArrowDown below Newsletter, Space.
  await card(page, 'Social posts').focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Picked up “Social posts”, in To do, position 1 of 2');
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('“Social posts” is now in Doing');
  await page.keyboard.press('ArrowDown');
  await expect(liveRegion).toContainText('in Doing, position 2 of 2');
  await expectMoveAnswer(page, () => page.keyboard.press('Space'));
  await expect(titlesIn(page, 'Doing')).toHaveText(['Newsletter', 'Social posts']);
  await expect(card(page, 'Social posts')).toBeFocused();

  await page.reload();
  await expect(titlesIn(page, 'Doing')).toHaveText(['Newsletter', 'Social posts']);
  await expect(titlesIn(page, 'To do')).toHaveText(['Blog post']);
});

test('“Move to…” moves a card without dragging', async ({ page, request, team }) => {
  const board = await createBoard(request, team.id, { Doing: ['Case study'], Done: ['Webinar', 'Podcast'] });
  await openBoard(page, board);

  await card(page, 'Case study').getByRole('button', { name: 'Move to…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move “Case study”' });
  await dialog.getByLabel('Column', { exact: true }).selectOption({ label: 'Done' });
  await dialog.getByLabel('Bottom of the column').check();
  await expectMoveAnswer(page, () => dialog.getByRole('button', { name: 'Move' }).click());
  await expect(dialog).toBeHidden();
  await expect(titlesIn(page, 'Done')).toHaveText(['Webinar', 'Podcast', 'Case study']);
  await expect(column(page, 'Doing').getByText('Drop cards here')).toBeVisible();
  // Its "Move to…" button went with the card's old place: focus follows the card to its new one.
  await expect(card(page, 'Case study')).toBeFocused();

  await card(page, 'Podcast').getByRole('button', { name: 'Move to…' }).click();
  await page.getByRole('dialog').getByLabel('Top of the column').check();
  await page.getByRole('dialog').getByRole('button', { name: 'Move' }).click();
  await expect(titlesIn(page, 'Done')).toHaveText(['Podcast', 'Webinar', 'Case study']);

  await page.reload();
  await expect(titlesIn(page, 'Done')).toHaveText(['Podcast', 'Webinar', 'Case study']);
  await expect(titlesIn(page, 'Doing')).toHaveCount(0);
});

test('a move the server refuses puts the card back and says why', async ({ page, request, team }) => {
  const board = await createBoard(request, team.id, { 'To do': ['Press kit'], Doing: ['Launch video'] });
  await missLiveUpdates(page);
  await openBoard(page, board);

  // Someone deletes the Review column while this page still shows it.
  expect((await request.delete(`/api/columns/${board.columns.Review}`)).status()).toBe(204);

  await card(page, 'Press kit').getByRole('button', { name: 'Move to…' }).click();
  await page.getByRole('dialog').getByLabel('Column', { exact: true }).selectOption({ label: 'Review' });
  await expectMoveAnswer(page, () => page.getByRole('dialog').getByRole('button', { name: 'Move' }).click(), 404);

  const notice = page.getByTestId('notice');
  await expect(notice).toContainText('“Press kit” was put back');
  await expect(notice).toContainText('reload the board');
  await expect(titlesIn(page, 'To do')).toHaveText(['Press kit']);
  await expect(card(page, 'Press kit')).toBeFocused();
  // The board resyncs: the deleted column disappears.
  await expect(column(page, 'Review')).toHaveCount(0);
});

test('a move next to a card that is gone is refused with the reason', async ({ page, request, team }) => {
  const board = await createBoard(request, team.id, { 'To do': ['Banner'], Doing: ['Teaser', 'Vanished'] });
  await missLiveUpdates(page);
  await openBoard(page, board);
  expect((await request.delete(`/api/cards/${board.cards.Vanished}`)).status()).toBe(204);

  await card(page, 'Banner').getByRole('button', { name: 'Move to…' }).click();
  await page.getByRole('dialog').getByLabel('Column', { exact: true }).selectOption({ label: 'Doing' });
  await page.getByRole('dialog').getByLabel('Bottom of the column').check();
  await expectMoveAnswer(page, () => page.getByRole('dialog').getByRole('button', { name: 'Move' }).click(), 409);

  await expect(page.getByTestId('notice')).toContainText('“Banner” was put back');
  await expect(titlesIn(page, 'To do')).toHaveText(['Banner']);
  await expect(titlesIn(page, 'Doing')).toHaveText(['Teaser']);
});

test('a card just dropped with the keyboard can be picked up and moved again at once', async ({
  page,
  request,
  team,
}) => {
  const board = await createBoard(request, team.id, { 'To do': ['Teaser', 'Poster'], Doing: ['Flyer'] });
  await openBoard(page, board);
  const liveRegion = dndLiveRegion(page);

  await card(page, 'Teaser').focus();
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Picked up “Teaser”');
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('“Teaser” is now in Doing');
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Dropped “Teaser” in Doing');

  // Picked up again the moment it is down, the arrow pressed as soon as the pick-up is heard.
  // Right after a drop the page is busy (focus, the drop animation, the server's answer), and
  // timers set during the pick-up ran up to 50 ms late while input went first; making them late
  // here gives that moment every time, however fast or loaded the machine is.
  await page.evaluate(() => {
    const setTimer = window.setTimeout;
    const late = ((fn: () => void, ms?: number) => setTimer(fn, (ms ?? 0) + 300)) as typeof setTimeout;
    window.addEventListener('keydown', () => (window.setTimeout = late), { capture: true, once: true });
    window.addEventListener('keydown', () => (window.setTimeout = setTimer), { once: true });
  });
  await page.keyboard.press('Space');
  await expect(liveRegion).toContainText('Picked up “Teaser”, in Doing');
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('“Teaser” is now in Review');
  await expectMoveAnswer(page, () => page.keyboard.press('Space'));
  await expect(titlesIn(page, 'Review')).toHaveText(['Teaser']);
  await expect(titlesIn(page, 'Doing')).toHaveText(['Flyer']);
});

test('a keyboard drop refused by a hard WIP limit leaves focus on the card, back at its place', async ({
  page,
  request,
  team,
}) => {
  const board = await createBoard(request, team.id, { 'To do': ['Brief', 'Landing page'], Doing: ['Ad copy'] });
  const limit = await request.patch(`/api/columns/${board.columns.Doing}`, { data: { wipLimit: 1, wipHard: true } });
  expect(limit.status()).toBe(200);
  await openBoard(page, board);

  await card(page, 'Landing page').focus();
  await page.keyboard.press('Space');
  await expect(dndLiveRegion(page)).toContainText('Picked up “Landing page”');
  await page.keyboard.press('ArrowRight');
  await expect(dndLiveRegion(page)).toContainText('“Landing page” is now in Doing');
  await page.keyboard.press('Space');

  await expect(page.getByTestId('notice')).toContainText('Doing');
  await expect(titlesIn(page, 'To do')).toHaveText(['Brief', 'Landing page']);
  await expect(card(page, 'Landing page')).toBeFocused();
});
