import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

// Boards made through the API and the ways a person moves cards on them, for the board specs.

export interface TestBoard {
  id: string;
  columns: Record<string, string>;
  cards: Record<string, string>;
}

/** Each test gets its own board through the API, so specs never depend on the demo seed. */
export async function createBoard(
  request: APIRequestContext,
  teamId: string,
  cards: Record<string, string[]>,
): Promise<TestBoard> {
  const res = await request.post('/api/boards', { data: { name: `E2E ${test.info().title}`.slice(0, 100), teamId } });
  expect(res.status()).toBe(201);
  const board = (await res.json()) as { id: string; columns: { id: string; name: string }[] };
  const columns = Object.fromEntries(board.columns.map((c) => [c.name, c.id]));
  const created: Record<string, string> = {};
  for (const [column, titles] of Object.entries(cards)) {
    for (const title of titles) {
      const r = await request.post(`/api/boards/${board.id}/cards`, { data: { columnId: columns[column], title } });
      expect(r.status()).toBe(201);
      created[title] = ((await r.json()) as { id: string }).id;
    }
  }
  return { id: board.id, columns, cards: created };
}

export const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
export const card = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });
/** dnd-kit's screen-reader announcements: keyboard steps wait for them, as a person would. */
export const dndLiveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');
export const titlesIn = (page: Page, name: string) => column(page, name).getByRole('heading', { level: 3 });

export async function openBoard(page: Page, board: TestBoard) {
  await page.goto(`/boards/${board.id}`);
  await expect(column(page, 'Backlog')).toBeVisible();
}

/** dnd-kit needs real intermediate pointer moves: press, nudge past the activation distance, glide, release. */
export async function dragTo(page: Page, source: Locator, target: Locator, where: 'above' | 'below') {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card not visible');
  const startX = from.x + from.width / 2;
  const startY = from.y + 12;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 12, startY + 12, { steps: 4 });
  const endY = where === 'above' ? to.y + 6 : to.y + to.height - 4;
  await page.mouse.move(to.x + to.width / 2, endY, { steps: 20 });
  await page.mouse.move(to.x + to.width / 2, endY + (where === 'above' ? -2 : 2), { steps: 2 });
  await page.mouse.up();
}

/**
 * Does what sends a move (a drop, a key press, a click) and waits for the server's answer, which
 * must be `status`: what a spec checks next is then the saved board, not the optimistic one.
 */
export const expectMoveAnswer = (page: Page, send: () => Promise<unknown>, status = 200) =>
  expectAnswer(page, 'move', send, status);

/** expectMoveAnswer for a card placed in the backlog or a sprint's plan (POST /api/cards/:id/plan). */
export const expectPlanAnswer = (page: Page, send: () => Promise<unknown>, status = 200) =>
  expectAnswer(page, 'plan', send, status);

async function expectAnswer(page: Page, action: 'move' | 'plan', send: () => Promise<unknown>, status: number) {
  const answer = page.waitForResponse((r) => r.url().endsWith(`/${action}`) && r.request().method() === 'POST');
  await send();
  expect((await answer).status(), `the status of the ${action}’s answer`).toBe(status);
}
