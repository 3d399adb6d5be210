import type { BoardEvent } from '@echoboard/contracts';
import { describe, expect, it } from 'vitest';
import { createBoard, getBoard, join, signUp, useTestApp } from './helper.ts';
import { backlogCards, createSprint, eventsAfter, plan } from './sprint-helpers.ts';

const t = useTestApp();

/** One line per event: type (with action), the card's title and where it now is. */
function lines(events: BoardEvent[], names: Record<string, string>) {
  return events.map((e) => {
    if (e.type === 'plan.upserted') {
      return `${e.type}:${e.action} ${e.card.title} → ${e.card.sprintId ? names[e.card.sprintId] : 'backlog'}`;
    }
    if (e.type === 'plan.removed') return `${e.type} ${names[e.cardId]}`;
    if (e.type === 'sprint.updated') return `${e.type} ${e.sprint.name}`;
    return e.type;
  });
}

describe('planning events', () => {
  it('reach the sprint board for plan changes and every team board for backlog changes', async () => {
    const lead = await signUp(t.app, { name: 'Lia Lead' });
    const member = await join(t.app, lead, lead.teamId, 'Max Member');
    const [a, b] = [await createBoard(lead, 'Ads'), await createBoard(lead, 'Blog')];
    const sprint = await createSprint(lead, a.id, { name: 'S1', startDate: '2030-01-07' });
    const since = { a: (await getBoard(lead, a.id)).seq, b: (await getBoard(lead, b.id)).seq };
    const inject = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      member.inject({ method, url, payload });

    const [x, y, z] = await backlogCards(member, ['X', 'Y', 'Z']);
    await plan(member, [x!, y!], sprint.id);
    // Reorder inside the plan: Y before X. Only the sprint's board shows that list.
    await inject('POST', `/api/cards/${y!.id}/plan`, { sprintId: sprint.id, beforeCardId: x!.id });
    await inject('PATCH', `/api/cards/${x!.id}`, { effort: 5 });
    await inject('PATCH', `/api/cards/${z!.id}`, { title: 'Z2' });
    await inject('PUT', `/api/cards/${y!.id}/blocked`, { reason: 'Waiting for copy' });
    await inject('PUT', `/api/sprints/${sprint.id}/availability`, {
      availability: [{ memberId: member.user.id, availableDays: 4 }],
    });
    await inject('POST', `/api/cards/${x!.id}/plan`, { sprintId: null, afterCardId: null, beforeCardId: z!.id });
    await inject('DELETE', `/api/cards/${z!.id}`);

    const names = { [sprint.id]: 'S1', [z!.id]: 'Z' };
    const onA = await eventsAfter(t.db, a.id, since.a);
    expect(lines(onA, names)).toEqual([
      'plan.upserted:created X → backlog',
      'plan.upserted:created Y → backlog',
      'plan.upserted:created Z → backlog',
      'plan.upserted:moved X → S1',
      'plan.upserted:moved Y → S1',
      'plan.upserted:moved Y → S1',
      'plan.upserted:edited X → S1',
      'plan.upserted:edited Z2 → backlog',
      'plan.upserted:edited Y → S1',
      'sprint.updated S1',
      'plan.upserted:moved X → backlog',
      'plan.removed Z',
    ]);
    expect(lines(await eventsAfter(t.db, b.id, since.b), names)).toEqual([
      'plan.upserted:created X → backlog',
      'plan.upserted:created Y → backlog',
      'plan.upserted:created Z → backlog',
      'plan.upserted:moved X → S1',
      'plan.upserted:moved Y → S1',
      'plan.upserted:edited Z2 → backlog',
      'plan.upserted:moved X → backlog',
      'plan.removed Z',
    ]);
    // Seqs stay gap-free on both boards, and the events carry the rows as saved.
    expect(onA.map((e) => e.seq)).toEqual(onA.map((_, i) => since.a + i + 1));
    expect(onA[6]).toMatchObject({ actor: { userId: member.user.id }, card: { id: x!.id, effort: 5, version: 3 } });
    // X went back to the backlog just above Z: viewers order the backlog by the ranks they carry.
    expect(onA[8]).toMatchObject({ card: { id: y!.id, blockedReason: 'Waiting for copy' } });
    const rankOf = (e: BoardEvent | undefined) => (e?.type === 'plan.upserted' ? e.card.rank : '');
    expect(rankOf(onA[10]) < rankOf(onA[7])).toBe(true);
  });

  it('are not recorded when a planning write is refused', async () => {
    const lead = await signUp(t.app, { name: 'Rae Lead' });
    const board = await createBoard(lead);
    const sprint = await createSprint(lead, board.id, { name: 'S1', startDate: '2030-01-07' });
    const [card] = await backlogCards(lead, ['Only']);
    const before = (await getBoard(lead, board.id)).seq;
    const refusals = await Promise.all([
      lead.inject({ method: 'POST', url: `/api/cards/${card!.id}/plan`, payload: { sprintId: sprint.id, version: 9 } }),
      lead.inject({ method: 'PATCH', url: `/api/cards/${card!.id}`, payload: { effort: 4.5 } }),
      lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/backlog`, payload: { title: ' ' } }),
      lead.inject({
        method: 'POST',
        url: `/api/cards/${card!.id}/plan`,
        payload: { sprintId: sprint.id, afterCardId: board.id },
      }),
    ]);
    expect(refusals.map((r) => r.statusCode)).toEqual([409, 400, 400, 409]);
    expect(await eventsAfter(t.db, board.id, before)).toEqual([]);
  });

  it('bring a cancelled sprint’s plan back into every board’s backlog, before the sprint goes', async () => {
    const lead = await signUp(t.app, { name: 'Sam Lead' });
    const [a, b] = [await createBoard(lead, 'Ads'), await createBoard(lead, 'Blog')];
    const sprint = await createSprint(lead, a.id, { name: 'S1', startDate: '2030-01-07' });
    await plan(lead, await backlogCards(lead, ['P', 'Q']), sprint.id);
    const since = { a: (await getBoard(lead, a.id)).seq, b: (await getBoard(lead, b.id)).seq };
    const res = await lead.inject({ method: 'DELETE', url: `/api/sprints/${sprint.id}` });
    expect(res.statusCode).toBe(204);
    const names = { [sprint.id]: 'S1' };
    expect(lines(await eventsAfter(t.db, a.id, since.a), names)).toEqual([
      'plan.upserted:moved P → backlog',
      'plan.upserted:moved Q → backlog',
      'sprint.deleted',
    ]);
    expect(lines(await eventsAfter(t.db, b.id, since.b), names)).toEqual([
      'plan.upserted:moved P → backlog',
      'plan.upserted:moved Q → backlog',
    ]);
  });

  it('tell the board’s planned sprints when the default points per day change', async () => {
    const lead = await signUp(t.app, { name: 'Dee Lead' });
    const board = await createBoard(lead);
    await createSprint(lead, board.id, { name: 'S1', startDate: '2030-01-07' });
    const since = (await getBoard(lead, board.id)).seq;
    const res = await lead.inject({
      method: 'PATCH',
      url: `/api/boards/${board.id}/planning`,
      payload: { defaultPointsPerDay: 2 },
    });
    expect(res.json()).toEqual({ defaultPointsPerDay: 2 });
    expect(lines(await eventsAfter(t.db, board.id, since), {})).toEqual(['sprint.updated S1']);
  });
});
