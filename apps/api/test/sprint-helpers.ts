import type { BoardEvent, PlannedCard, Sprint, SprintDetail } from '@echoboard/contracts';
import type { Database } from '../src/db/database.ts';
import { type Client, readHistory } from './helper.ts';

/** Sprint, backlog and planning calls for tests: each throws on an unexpected status. */

async function expectOk<T>(
  res: { statusCode: number; body: string; json: () => unknown },
  status: number,
  what: string,
) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return (status === 204 ? null : res.json()) as T;
}

export async function createSprint(client: Client, boardId: string, body: Record<string, unknown>): Promise<Sprint> {
  const res = await client.inject({ method: 'POST', url: `/api/boards/${boardId}/sprints`, payload: body });
  return expectOk<Sprint>(res, 201, 'createSprint');
}

export async function getSprint(client: Client, sprintId: string): Promise<SprintDetail> {
  return expectOk(await client.inject({ method: 'GET', url: `/api/sprints/${sprintId}` }), 200, 'getSprint');
}

export async function backlogCards(client: Client, titles: string[], extra: Record<string, unknown> = {}) {
  const cards: PlannedCard[] = [];
  for (const title of titles) {
    const res = await client.inject({
      method: 'POST',
      url: `/api/teams/${client.teamId}/backlog`,
      payload: { title, ...extra },
    });
    cards.push(await expectOk<PlannedCard>(res, 201, 'backlogCard'));
  }
  return cards;
}

export async function getBacklog(client: Client, teamId = client.teamId): Promise<string[]> {
  const res = await client.inject({ method: 'GET', url: `/api/teams/${teamId}/backlog` });
  return (await expectOk<{ cards: PlannedCard[] }>(res, 200, 'getBacklog')).cards.map((c) => c.title);
}

/** Plans cards into a sprint (or the backlog with null), each at the bottom of the list. */
export async function plan(client: Client, cards: { id: string }[], sprintId: string | null) {
  const planned: PlannedCard[] = [];
  for (const card of cards) {
    const res = await client.inject({ method: 'POST', url: `/api/cards/${card.id}/plan`, payload: { sprintId } });
    planned.push(await expectOk<PlannedCard>(res, 200, 'plan'));
  }
  return planned;
}

export const startSprint = async (client: Client, sprintId: string): Promise<SprintDetail> =>
  expectOk(await client.inject({ method: 'POST', url: `/api/sprints/${sprintId}/start` }), 200, 'startSprint');

export const titles = (cards: { title: string }[]) => cards.map((c) => c.title);

/** The board's events after `after`, as viewers receive them. */
export const eventsAfter = (db: Database, boardId: string, after: number): Promise<BoardEvent[]> =>
  readHistory(db, boardId, after);
