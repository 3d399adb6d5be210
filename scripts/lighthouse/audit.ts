import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumPath } from '../built-app.ts';

export const CATEGORIES = ['accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];
/** The bar, for both categories on both pages. */
export const MIN_SCORE = 95;

export interface PageScores {
  page: string;
  scores: Record<Category, number>;
  /** Audits that did not pass, for finding out why a score fell short. */
  failing: string[];
}

/** What the demo lead sees, and what an end user with a feedback link sees. */
export interface Target {
  page: string;
  url: string;
  headers?: Record<string, string>;
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Signs in as the demo lead, finds the demo board and makes a feedback link on the team's newest
 * sprint: the two pages the issue names, the board (signed in) and the public feedback form.
 */
export async function demoTargets(baseUrl: string): Promise<Target[]> {
  const signIn = await fetch(`${baseUrl}/api/auth/signin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-echoboard-csrf': '1' },
    body: JSON.stringify({ email: 'lead@demo.echoboard.app', password: 'echoboard-demo' }),
  });
  await json(signIn, 'Signing in as the demo lead');
  const session = signIn.headers.getSetCookie().map((c) => c.split(';')[0]);
  const headers = { cookie: session.join('; '), 'x-echoboard-csrf': '1', 'content-type': 'application/json' };
  const boards = await json<{ id: string; teamId: string }[]>(
    await fetch(`${baseUrl}/api/boards`, { headers }),
    'Boards',
  );
  const board = boards[0];
  if (!board) throw new Error('The demo seed made no board.');
  const sprints = await json<{ id: string }[]>(
    await fetch(`${baseUrl}/api/teams/${board.teamId}/feedback-sprints`, { headers }),
    'Feedback sprints',
  );
  const sprint = sprints[0];
  if (!sprint) throw new Error('The demo seed made no active or completed sprint.');
  const link = await json<{ url: string }>(
    await fetch(`${baseUrl}/api/sprints/${sprint.id}/feedback-links`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ label: 'Lighthouse', message: 'Tell us how the sprint went.' }),
    }),
    'Making a feedback link',
  );
  return [
    { page: 'board', url: `${baseUrl}/boards/${board.id}`, headers: { cookie: headers.cookie } },
    { page: 'public feedback form', url: `${baseUrl}${link.url}` },
  ];
}

/** The first few rows of an audit's table (the console messages, the issues), to say what failed. */
function detailsOf(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => `\n      ${JSON.stringify(item).slice(0, 300)}`)
    .join('');
}

/** Lighthouse's desktop preset, accessibility and best practices only, in headless Chromium. */
export async function audit(targets: Target[]): Promise<PageScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const results: PageScores[] = [];
    for (const target of targets) {
      const run = await lighthouse(
        target.url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          ...(target.headers ? { extraHeaders: target.headers } : {}),
        },
        desktopConfig,
      );
      if (!run) throw new Error(`Lighthouse returned nothing for ${target.url}`);
      const { categories, audits } = run.lhr;
      const score = (c: Category) => Math.round((categories[c]?.score ?? 0) * 100);
      results.push({
        page: target.page,
        scores: { accessibility: score('accessibility'), 'best-practices': score('best-practices') },
        failing: Object.values(audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a.id}: ${a.title}${detailsOf(a.details)}`),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
