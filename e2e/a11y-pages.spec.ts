import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { dndLiveRegion, expectMoveAnswer, expectPlanAnswer } from './boards.ts';
import { expect, test } from './fixtures.ts';

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function post<T>(request: APIRequestContext, path: string, data: unknown = {}): Promise<T> {
  const res = await request.post(path, { data });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

interface Board {
  id: string;
  columns: { id: string; name: string }[];
}

const createBoard = (request: APIRequestContext, teamId: string, name: string) =>
  post<Board>(request, '/api/boards', { name, teamId });

/** Waits for the page's requests to settle, then expects no serious or critical axe violation. */
async function expectAccessible(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  expect(await seriousViolations(page), what).toEqual([]);
}

/** Tabs through more controls than the dialog has: focus must wrap inside it, never leave. */
async function expectFocusKeptIn(page: Page, dialog: Locator, presses: number) {
  for (let i = 0; i < presses; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
}

/**
 * Everything the browser reports as an error while the test runs: console errors (a failed request
 * logs one) and Content-Security-Policy violations, which Lighthouse's best-practices score counts.
 */
async function browserErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Audits.issueAdded', ({ issue }) => {
    if (issue.code === 'ContentSecurityPolicyIssue') errors.push(`CSP: ${JSON.stringify(issue.details)}`);
  });
  await cdp.send('Audits.enable');
  return errors;
}

test('feedback: the triage inbox with its dialog, the public form and the receipt have no serious violations', async ({
  page,
  request,
  browser,
  team,
}) => {
  const board = await createBoard(request, team.id, 'Feedback a11y');
  const sprint = await post<{ id: string }>(request, `/api/boards/${board.id}/sprints`, {
    name: 'Launch 1',
    goal: 'Ship the spring campaign',
    startDate: today(),
  });
  await post(request, `/api/sprints/${sprint.id}/start`);
  await post(request, `/api/boards/${board.id}/cards`, { columnId: board.columns.at(-1)!.id, title: 'Landing page' });
  const { url } = await post<{ url: string }>(request, `/api/sprints/${sprint.id}/feedback-links`, {
    label: 'Newsletter readers',
    message: 'Two minutes, promise.',
  });

  // The end user: no account, a browser of their own.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  const visitorErrors = await browserErrors(visitor);
  await visitor.goto(url);
  await expect(visitor.getByRole('heading', { name: `Your feedback for ${team.name}` })).toBeVisible();
  await expectAccessible(visitor, 'feedback form');
  // The form refusing a submit (no rating) marks its fields and shows a summary: still accessible.
  await visitor.getByLabel('What should change?').fill('Subtitles on the videos');
  await visitor.getByRole('button', { name: 'Send feedback' }).click();
  await expect(visitor.getByRole('alert')).toBeFocused();
  await expectAccessible(visitor, 'feedback form with errors');
  await visitor
    .getByRole('group', { name: /Overall/ })
    .getByRole('radio', { name: '4 – good' })
    .check();
  await visitor.getByRole('button', { name: 'Send feedback' }).click();
  await expect(visitor.getByRole('heading', { name: 'Thank you!' })).toBeFocused();
  await expectAccessible(visitor, 'feedback sent');
  await visitor.getByRole('link', { name: /\/f\/receipt\// }).click();
  await expect(visitor.getByText('Received', { exact: false }).first()).toBeVisible();
  await expectAccessible(visitor, 'receipt');
  // An end user's browser logs nothing: no 401 from asking who they are, no CSP report.
  expect(visitorErrors).toEqual([]);
  await visitorContext.close();

  // The lead's inbox holds it; the triage dialog opens over it.
  await page.goto(`/teams/${team.id}/feedback`);
  const item = page.getByRole('article', { name: 'Feedback rated 4 of 5' });
  await expect(item).toContainText('Subtitles on the videos');
  await expectAccessible(page, 'triage inbox');
  const accept = item.getByRole('button', { name: 'Accept…' });
  await accept.click();
  const dialog = page.getByRole('dialog', { name: 'Accept into the backlog' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'triage dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(accept).toBeFocused();
});

test('planning: no serious violations, and a card goes into the sprint by keyboard alone', async ({
  page,
  request,
  team,
}) => {
  const board = await createBoard(request, team.id, 'Planning a11y');
  await post(request, `/api/boards/${board.id}/sprints`, { name: 'Sprint 1', startDate: inDays(1) });
  await post(request, `/api/teams/${team.id}/backlog`, { title: 'Hero banner', effort: 5 });
  await post(request, `/api/teams/${team.id}/backlog`, { title: 'Newsletter', effort: 3 });

  await page.goto(`/boards/${board.id}/planning`);
  const backlog = page.getByTestId('plan-backlog');
  const plan = page.getByTestId('plan-sprint');
  await expect(backlog.getByRole('article', { name: 'Newsletter' })).toBeVisible();
  await expectAccessible(page, 'planning');

  // Space picks the card up, the right arrow carries it into the sprint, Space drops it.
  // Each key waits for the screen reader's announcement of the previous one, as a person would.
  const liveRegion = dndLiveRegion(page);
  await backlog.getByRole('article', { name: 'Newsletter' }).focus();
  await page.keyboard.press('Space');
  // The pick-up is announced, and at once where the card now is (over its own place).
  await expect(liveRegion).toContainText(/Picked up “Newsletter”|“Newsletter” is now in Backlog/);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion).toContainText('“Newsletter” is now in Sprint plan');
  await expectPlanAnswer(page, () => page.keyboard.press('Space'));
  await expect(plan.getByRole('article', { name: 'Newsletter' })).toBeVisible();
  await expect(backlog.getByRole('article', { name: 'Newsletter' })).toHaveCount(0);
  await expect(page.getByTestId('meter-Team')).toContainText('3 points committed');

  // A dialog keeps focus inside while open and gives it back to its opener on close.
  const opener = page.getByRole('button', { name: 'New sprint' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'New sprint' });
  await expectAccessible(page, 'new sprint dialog');
  await expectFocusKeptIn(page, dialog, 12);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('the board during a daily scrum, and its card editor, have no serious violations', async ({
  page,
  request,
  team,
}) => {
  const board = await createBoard(request, team.id, 'Scrum a11y');
  const doing = board.columns.find((c) => c.name === 'Doing')!.id;
  await post(request, `/api/boards/${board.id}/cards`, { columnId: doing, title: 'Webinar deck', effort: 3 });
  await post(request, `/api/boards/${board.id}/scrum`, {});

  await page.goto(`/boards/${board.id}`);
  const scrum = page.getByRole('region', { name: 'Daily scrum' });
  await expect(scrum.getByRole('timer')).toHaveText(/left$/);
  await scrum.getByRole('button', { name: 'Next speaker' }).click();
  await expect(scrum).toContainText('Now speaking: Erin Lead');
  await expectAccessible(page, 'board in scrum');

  const edit = page.getByRole('article', { name: 'Webinar deck' }).getByRole('button', { name: 'Edit' });
  await edit.click();
  const dialog = page.getByRole('dialog', { name: 'Edit card' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await expectAccessible(page, 'card editor');
  await expectFocusKeptIn(page, dialog, 25);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();
});

test('with reduced motion asked for, cards neither slide nor animate when dropped', async ({ page, request, team }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const board = await createBoard(request, team.id, 'Still board');
  for (const title of ['Social posts', 'Blog post']) {
    await post(request, `/api/boards/${board.id}/cards`, { columnId: board.columns[0]!.id, title });
  }
  await page.goto(`/boards/${board.id}`);
  const item = page.getByRole('listitem').filter({ has: page.getByRole('article', { name: 'Social posts' }) });
  const motion = () =>
    item.evaluate((el) => {
      const style = getComputedStyle(el);
      return { transition: style.transitionDuration, animation: style.animationDuration };
    });

  // Picked up and moved by keyboard: the other card makes room without a sliding transition.
  await page.getByRole('article', { name: 'Blog post' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  expect((await motion()).transition).toMatch(/^0s$|^1e-05s$/);
  await expectMoveAnswer(page, async () => {
    await page.keyboard.press('Space');
    // No drop animation: the floating copy is gone at once, not after dnd-kit's 250 ms glide.
    await expect(page.locator('.card--overlay')).toHaveCount(0, { timeout: 100 });
  });

  // Without the preference the same list item does slide (the check above can fail).
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.getByRole('article', { name: 'Social posts' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowUp');
  expect((await motion()).transition).not.toMatch(/^0s$|^1e-05s$/);
  await page.keyboard.press('Escape');
});
