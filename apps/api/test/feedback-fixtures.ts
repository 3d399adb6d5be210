import { randomUUID } from 'node:crypto';
import type { Board } from '@echoboard/contracts';
import type { App } from '../src/app.ts';
import type { Database } from '../src/db/database.ts';
import { addCards, type Client, createBoard } from './helper.ts';

/*
 * Sprints are made straight in the database here: these tests are about feedback, and must not
 * depend on the sprint API's rules for planning and starting.
 */

export async function makeSprint(
  db: Database,
  board: Board,
  options: { state?: 'planned' | 'active' | 'completed'; name?: string; record?: object } = {},
) {
  return db.prisma.sprint.create({
    data: {
      boardId: board.id,
      name: options.name ?? 'Launch 7',
      goal: 'Ship the autumn campaign',
      startDate: new Date('2026-11-16T00:00:00Z'),
      lengthDays: 14,
      endDate: new Date('2026-11-29T00:00:00Z'),
      state: options.state ?? 'active',
      ...(options.record ? { record: options.record } : {}),
    },
  });
}

/** A board, an active sprint holding two cards in Done and one in Doing, and a link to it. */
export async function sprintWithLink(db: Database, lead: Client, onBoard?: Board) {
  const board = onBoard ?? (await createBoard(lead, 'Campaign board'));
  const done = await addCards(lead, board, 'Done', ['Landing page', 'Newsletter']);
  const doing = await addCards(lead, board, 'Doing', ['Video teaser']);
  const sprint = await makeSprint(db, board);
  await db.prisma.card.updateMany({
    where: { id: { in: [...done, ...doing].map((c) => c.id) } },
    data: { sprintId: sprint.id },
  });
  const res = await lead.inject({
    method: 'POST',
    url: `/api/sprints/${sprint.id}/feedback-links`,
    payload: { label: 'Newsletter readers', message: 'Tell us how it went!' },
  });
  if (res.statusCode !== 201) throw new Error(`create link: ${res.statusCode} ${res.body}`);
  const { token, link } = res.json();
  return { board, sprint, done, doing, token: token as string, linkId: link.id as string };
}

/** An anonymous submit, as the public form sends it. */
export function submit(app: App, token: string, body: object, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/api/public/feedback/${token}`,
    headers,
    payload: { idempotencyKey: randomUUID(), rating: 4, ...body },
  });
}
