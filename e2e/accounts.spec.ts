import { expect, type Page, test } from '@playwright/test';

const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function signUpThroughUi(page: Page, name: string, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Create account' }).click();
}

test('a signed-out visitor is sent to sign in, and comes back to the page they asked for', async ({
  page,
  request,
}) => {
  const email = `sam-${unique()}@e2e.echoboard.app`;
  const signUp = await request.post('/api/auth/signup', {
    data: { email, name: 'Sam Signin', password: 'a long enough password' },
    headers: { 'x-echoboard-csrf': '1' },
  });
  expect(signUp.status()).toBe(201);

  await page.goto('/boards/00000000-0000-4000-8000-000000000000');
  await expect(page).toHaveURL(/\/signin\?next=%2Fboards%2F/);
  await expect(page.getByRole('heading', { name: 'Sign in to Echoboard' })).toBeVisible();

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your email address')).toBeVisible();

  await page.getByLabel('Email').fill('nobody@example.com');
  await page.getByLabel('Password').fill('wrong password here');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match an account');

  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a long enough password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/boards\/00000000-0000-4000-8000-000000000000$/);
  // Signed in at last, on the page they asked for; with no team yet, they are asked to start one.
  await expect(page.getByRole('heading', { name: 'Start a team' })).toBeVisible();
});

test('a lead signs up, starts a team and a board, invites a colleague who joins and sees the board', async ({
  browser,
}) => {
  const id = unique();
  const lead = await browser.newContext();
  const leadPage = await lead.newPage();
  await leadPage.goto('/signup');
  await signUpThroughUi(leadPage, 'Lena Lead', `lena-${id}@e2e.echoboard.app`);

  await expect(leadPage.getByRole('heading', { name: 'Start a team' })).toBeVisible();
  await leadPage.getByLabel('Team name').fill(`Growth ${id}`);
  await leadPage.getByRole('button', { name: 'Create team' }).click();

  await leadPage.getByRole('button', { name: 'New board' }).click();
  await leadPage.getByLabel('Board name').fill('Autumn webinar');
  await leadPage.getByRole('button', { name: 'Create board' }).click();
  await expect(leadPage.getByRole('region', { name: 'Backlog', exact: true })).toBeVisible();
  const boardUrl = leadPage.url();

  await leadPage.getByRole('link', { name: 'Team' }).click();
  await leadPage.getByRole('button', { name: 'Create invite link' }).click();
  const inviteUrl = await leadPage.getByLabel('New invite link').inputValue();
  expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]+$/);

  const colleague = await browser.newContext();
  const page = await colleague.newPage();
  await page.goto(inviteUrl);
  await expect(page.getByRole('heading', { name: `Join Growth ${id}` })).toBeVisible();
  await page.getByRole('link', { name: 'Create an account to join' }).click();
  await signUpThroughUi(page, 'Colin Colleague', `colin-${id}@e2e.echoboard.app`);
  await expect(page.getByRole('heading', { name: `Join Growth ${id}` })).toBeVisible();
  await page.getByRole('button', { name: `Join Growth ${id}` }).click();

  // The team's board opens, and it is the lead's board.
  await expect(page.getByRole('region', { name: 'Backlog', exact: true })).toBeVisible();
  expect(page.url()).toBe(boardUrl);
  // A member does not get the lead-only actions.
  await expect(page.getByRole('button', { name: 'New board' })).toHaveCount(0);

  // The invite was single use.
  const third = await browser.newContext();
  const thirdPage = await third.newPage();
  await thirdPage.goto(inviteUrl);
  await expect(thirdPage.getByRole('heading', { name: 'This invite cannot be used' })).toBeVisible();

  await leadPage.reload();
  await expect(leadPage.getByRole('rowheader', { name: 'Colin Colleague' })).toBeVisible();

  // The lead sets the team's time zone, which decides its calendar day.
  await leadPage.getByLabel('Time zone').selectOption('Europe/Paris');
  await leadPage.getByRole('button', { name: 'Save settings' }).click();
  await expect(leadPage.getByText('Team settings saved.')).toBeVisible();
  // Members see it, without the settings form.
  await page.goto(leadPage.url());
  await expect(page.getByText('Europe/Paris')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save settings' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto(boardUrl);
  await expect(page).toHaveURL(/\/signin\?next=/);
  await Promise.all([lead.close(), colleague.close(), third.close()]);
});
