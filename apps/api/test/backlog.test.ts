import { describe, expect, it } from 'vitest';
import { addCards, createBoard, getBoard, join, signUp, snapshot, useTestApp } from './helper.ts';
import {
  backlogCards,
  createSprint,
  eventsAfter,
  getBacklog,
  getSprint,
  plan,
  startSprint,
  titles,
} from './sprint-helpers.ts';

describe('backlog', () => {
  const t = useTestApp();

  it('adds cards at the bottom (or the top) with validated fields, for any member', async () => {
    const lead = await signUp(t.app, { name: 'Bea Lead' });
    const member = await join(t.app, lead, lead.teamId, 'Bo Member');
    await backlogCards(lead, ['First', 'Second']);
    const res = await member.inject({
      method: 'POST',
      url: `/api/teams/${lead.teamId}/backlog`,
      payload: { title: '  Urgent  ', top: true, effort: 3, labels: ['ads'], assigneeId: member.user.id },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      title: 'Urgent',
      effort: 3,
      teamId: lead.teamId,
      boardId: null,
      columnId: null,
      sprintId: null,
      assigneeId: member.user.id,
      version: 1,
    });
    expect(await getBacklog(member, lead.teamId)).toEqual(['Urgent', 'First', 'Second']);

    const outsider = await signUp(t.app, { name: 'Outsider' });
    const before = await snapshot(t.db);
    const refusals: [typeof lead, Record<string, unknown>, number, string][] = [
      [lead, { title: '' }, 400, 'VALIDATION_FAILED'],
      [lead, { title: 'x', effort: 4 }, 400, 'VALIDATION_FAILED'],
      [lead, { title: 'x', assigneeId: outsider.user.id }, 400, 'VALIDATION_FAILED'],
      [outsider, { title: 'x' }, 404, 'TEAM_NOT_FOUND'],
    ];
    for (const [client, payload, status, code] of refusals) {
      const r = await client.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/backlog`, payload });
      expect([r.statusCode, r.json().code], JSON.stringify(payload)).toEqual([status, code]);
    }
    const read = await outsider.inject({ method: 'GET', url: `/api/teams/${lead.teamId}/backlog` });
    expect(read.json().code).toBe('TEAM_NOT_FOUND');
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('plans cards into a sprint between neighbours and back, bumping versions', async () => {
    const lead = await signUp(t.app, { name: 'Pat Lead' });
    const board = await createBoard(lead);
    const sprint = await createSprint(lead, board.id, { name: 'S', startDate: '2030-01-07' });
    const [a, b, c, d] = await backlogCards(lead, ['A', 'B', 'C', 'D']);
    await plan(lead, [a!, b!], sprint.id);
    const between = await lead.inject({
      method: 'POST',
      url: `/api/cards/${c!.id}/plan`,
      payload: { sprintId: sprint.id, afterCardId: a!.id, beforeCardId: b!.id, version: 1 },
    });
    expect(between.statusCode, between.body).toBe(200);
    expect(between.json()).toMatchObject({ sprintId: sprint.id, version: 2 });
    const first = await lead.inject({
      method: 'POST',
      url: `/api/cards/${d!.id}/plan`,
      payload: { sprintId: sprint.id, afterCardId: null },
    });
    expect(first.statusCode).toBe(200);
    expect(titles((await getSprint(lead, sprint.id)).cards)).toEqual(['D', 'A', 'C', 'B']);
    // Reorder inside the plan, then back to the backlog, before nothing (last).
    await lead.inject({
      method: 'POST',
      url: `/api/cards/${b!.id}/plan`,
      payload: { sprintId: sprint.id, beforeCardId: d!.id },
    });
    expect(titles((await getSprint(lead, sprint.id)).cards)).toEqual(['B', 'D', 'A', 'C']);
    const back = await lead.inject({ method: 'POST', url: `/api/cards/${a!.id}/plan`, payload: { sprintId: null } });
    expect(back.json()).toMatchObject({ sprintId: null });
    expect(titles((await getSprint(lead, sprint.id)).cards)).toEqual(['B', 'D', 'C']);
    expect(await getBacklog(lead)).toEqual(['A']);
  });

  it('refuses board cards, started sprints, stale versions, missing anchors and other teams, changing nothing', async () => {
    const lead = await signUp(t.app, { name: 'Ref Lead' });
    const stranger = await signUp(t.app, { name: 'Stranger' });
    const board = await createBoard(lead);
    const strangerBoard = await createBoard(stranger);
    const running = await createSprint(lead, board.id, { name: 'Running', startDate: '2030-01-07' });
    const next = await createSprint(lead, board.id, { name: 'Next', startDate: '2030-01-21' });
    const theirs = await createSprint(stranger, strangerBoard.id, { name: 'Theirs', startDate: '2030-01-07' });
    const [inPlan, free, other] = await backlogCards(lead, ['In plan', 'Free', 'Other']);
    await plan(lead, [inPlan!], running.id);
    await plan(lead, [other!], next.id);
    await startSprint(lead, running.id);
    const [onBoard] = await addCards(lead, board, 'To do', ['On board']);
    const before = await snapshot(t.db);
    const cases: [typeof lead, string, Record<string, unknown>, number, string][] = [
      [lead, onBoard!.id, { sprintId: next.id }, 400, 'INVALID_MOVE'],
      [lead, inPlan!.id, { sprintId: null }, 400, 'INVALID_MOVE'],
      [lead, free!.id, { sprintId: running.id }, 409, 'INVALID_SPRINT_TRANSITION'],
      [lead, free!.id, { sprintId: next.id, version: 7 }, 409, 'VERSION_CONFLICT'],
      [lead, free!.id, { sprintId: next.id, afterCardId: onBoard!.id }, 409, 'ANCHOR_NOT_FOUND'],
      [lead, free!.id, { sprintId: next.id, afterCardId: free!.id }, 400, 'INVALID_MOVE'],
      [lead, free!.id, { sprintId: theirs.id }, 404, 'SPRINT_NOT_FOUND'],
      [stranger, free!.id, { sprintId: theirs.id }, 404, 'CARD_NOT_FOUND'],
    ];
    for (const [client, cardId, payload, status, code] of cases) {
      const r = await client.inject({ method: 'POST', url: `/api/cards/${cardId}/plan`, payload });
      expect([r.statusCode, r.json().code], JSON.stringify(payload)).toEqual([status, code]);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('rebalances a list whose keys grew too long, keeping its order', async () => {
    const lead = await signUp(t.app, { name: 'Long Lead' });
    const board = await createBoard(lead);
    const [a, b, c] = await backlogCards(lead, ['A', 'B', 'C']);
    // As if hundreds of inserts had landed between A and B: B's key is at the length limit.
    await t.db.prisma.card.update({ where: { id: a!.id }, data: { rank: 'a0' } });
    await t.db.prisma.card.update({ where: { id: b!.id }, data: { rank: `a0${'0'.repeat(46)}1` } });
    await t.db.prisma.card.update({ where: { id: c!.id }, data: { rank: 'a2' } });
    const since = (await getBoard(lead, board.id)).seq;
    const res = await lead.inject({
      method: 'POST',
      url: `/api/cards/${c!.id}/plan`,
      payload: { sprintId: null, afterCardId: a!.id },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await getBacklog(lead)).toEqual(['A', 'C', 'B']);
    const ranks = (await t.db.prisma.card.findMany({ where: { teamId: lead.teamId } })).map((card) => card.rank);
    expect(Math.max(...ranks.map((rank) => rank.length))).toBeLessThanOrEqual(3);
    // Every card of the list has a new key; only C was moved, and it comes last.
    const events = (await eventsAfter(t.db, board.id, since)).flatMap((e) =>
      e.type === 'plan.upserted' ? [[e.card.title, e.action]] : [],
    );
    expect(events.at(-1)).toEqual(['C', 'moved']);
    expect(events.slice(0, -1).sort()).toEqual([
      ['A', 'reordered'],
      ['B', 'reordered'],
    ]);
  });

  it('keeps distinct keys when many cards are planned into one list at once', async () => {
    const lead = await signUp(t.app, { name: 'Race Lead' });
    const board = await createBoard(lead);
    const sprint = await createSprint(lead, board.id, { name: 'S', startDate: '2030-01-07' });
    const cards = await backlogCards(lead, ['1', '2', '3', '4', '5', '6']);
    const results = await Promise.all(
      cards.map((card) =>
        lead.inject({
          method: 'POST',
          url: `/api/cards/${card.id}/plan`,
          payload: { sprintId: sprint.id, afterCardId: null },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200]);
    const planned = (await getSprint(lead, sprint.id)).cards;
    expect(new Set(planned.map((card) => card.rank)).size).toBe(6);
  });
});
