import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { card, column, createBoard, dndLiveRegion, expectMoveAnswer, openBoard, titlesIn } from './boards.ts';
import { expect, test } from './fixtures.ts';

// Only cards near the visible part of their column are wired to dnd-kit (SortableItem, useWired).
// These moves reach the part of a long column that was out of sight when the drag began.

const TITLES = Array.from({ length: 120 }, (_, i) => `Task ${String(i + 1).padStart(3, '0')}`);
const cardList = (page: Page, name: string) => column(page, name).getByRole('list');
const moved = (titles: string[], title: string, to: number) => {
  const rest = titles.filter((t) => t !== title);
  return [...rest.slice(0, to), title, ...rest.slice(to)];
};

/** How many of its list's visible heights the card lies below the list's visible part. */
const screensBelow = (page: Page, title: string) =>
  card(page, title).evaluate((el) => {
    const list = el.closest('ul');
    if (!list) throw new Error('card outside a list');
    const gap = el.getBoundingClientRect().top - list.getBoundingClientRect().bottom;
    return gap / list.clientHeight;
  });

/** A board whose To do column holds the 120 cards, open in the page. */
async function openLongColumn(page: Page, request: APIRequestContext, teamId: string) {
  await openBoard(page, await createBoard(request, teamId, { 'To do': TITLES }));
}

/** The column shows `titles`, and still does after a reload: the saved order is the shown one. */
async function expectKept(page: Page, name: string, titles: string[]) {
  await expect(titlesIn(page, name)).toHaveText(titles);
  await page.reload();
  await expect(titlesIn(page, name)).toHaveText(titles);
}

/**
 * Waits while a drag held at `list`'s bottom edge auto-scrolls it, until it can go no further.
 * dnd-kit scrolls a few pixels a tick and each tick renders the drag, so a loaded machine takes
 * several times as long to cover the column: no fixed wait suits every machine. It fails when the
 * list stops moving down before its bottom, which is the auto-scroll not working.
 */
async function expectScrolledToBottom(list: Locator) {
  const left = () => list.evaluate((ul) => ul.scrollHeight - ul.clientHeight - ul.scrollTop);
  for (let before = await left(); before >= 2; before = await left()) {
    await expect
      .poll(left, { message: `the column stopped auto-scrolling ${before}px short of its bottom`, timeout: 15_000 })
      .toBeLessThan(before);
  }
}

test.beforeEach(() => test.setTimeout(120_000));

test('a keyboard move down a 120-card column reaches near its bottom and is saved there', async ({
  page,
  request,
  team,
}) => {
  await openLongColumn(page, request, team.id);
  // Cards are wired up to one list height beyond sight; this one starts over three below.
  expect(await screensBelow(page, 'Task 117')).toBeGreaterThan(3);

  await card(page, 'Task 002').focus();
  await page.keyboard.press('Space');
  await expect(dndLiveRegion(page)).toContainText('Picked up “Task 002”, in To do, position 2 of 120');
  for (let position = 3; position <= 117; position++) {
    await page.keyboard.press('ArrowDown');
    await expect(dndLiveRegion(page)).toContainText(`in To do, position ${position} of 120`);
  }
  await expectMoveAnswer(page, () => page.keyboard.press('Space'));
  await expectKept(page, 'To do', moved(TITLES, 'Task 002', 116));
});

test('a pointer drag auto-scrolls a 120-card column and drops out of the first sight', async ({
  page,
  request,
  team,
}) => {
  // The scroll's pace is the machine's (see expectScrolledToBottom): room for a loaded one.
  test.setTimeout(300_000);
  await openLongColumn(page, request, team.id);
  const list = cardList(page, 'To do');
  const box = await list.boundingBox();
  const from = await card(page, 'Task 001').boundingBox();
  if (!box || !from) throw new Error('column not visible');
  const x = box.x + box.width / 2;

  await page.mouse.move(x, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(x + 12, from.y + 24, { steps: 4 });
  // Held at the list's bottom edge, dnd-kit scrolls the column until it can go no further.
  await page.mouse.move(x, box.y + box.height - 4, { steps: 10 });
  await expectScrolledToBottom(list);
  // Then over the cards now in sight, away from the edge, and down.
  await page.mouse.move(x, box.y + box.height / 2, { steps: 10 });
  await page.mouse.move(x, box.y + box.height / 2 + 4, { steps: 2 });
  await expectMoveAnswer(page, () => page.mouse.up());

  await expect(dndLiveRegion(page)).toContainText('Dropped “Task 001” in To do, position');
  const spoken = (await dndLiveRegion(page).textContent()) ?? '';
  const position = Number(/Dropped “Task 001” in To do, position (\d+) of 120/.exec(spoken)?.[1]);
  // Where the column first showed about a dozen cards.
  expect(position).toBeGreaterThan(100);
  await expectKept(page, 'To do', moved(TITLES, 'Task 001', position - 1));
});

test('a card far down a column, focused before it was ever in sight, is picked up by the keyboard', async ({
  page,
  request,
  team,
}) => {
  await openLongColumn(page, request, team.id);
  expect(await screensBelow(page, 'Task 100')).toBeGreaterThan(3);

  // Focus arriving without scrolling: the column's observer has not seen the card near, so only
  // the focus itself can wire it before Space.
  await card(page, 'Task 100').evaluate((el) => el.focus({ preventScroll: true }));
  await page.keyboard.press('Space');
  await expect(dndLiveRegion(page)).toContainText('Picked up “Task 100”, in To do, position 100 of 120');
  await page.keyboard.press('ArrowRight');
  await expect(dndLiveRegion(page)).toContainText('“Task 100” is now in Doing, position 1 of 1');
  await expectMoveAnswer(page, () => page.keyboard.press('Space'));
  await expect(card(page, 'Task 100')).toBeFocused();
  await expectKept(page, 'Doing', ['Task 100']);
  await expect(titlesIn(page, 'To do')).toHaveText(TITLES.filter((t) => t !== 'Task 100'));
});
