import type { SprintDetail } from '@echoboard/contracts';
import { describe, expect, it } from 'vitest';
import { columnOf, createBoard, getBoard, join, snapshot, useTestApp } from './helper.ts';
import { backlogCards, createSprint, getBacklog, getSprint, plan, startSprint, titles } from './sprint-helpers.ts';

describe('sprints: complete', () => {
  const t = useTestApp();

  it('freezes the record, keeps done cards with the sprint, carries the rest over; no card lost or doubled', async () => {
    const lead = t.as;
    const priya = await join(t.app, lead, lead.teamId, 'Priya Shah');
    const sam = await join(t.app, lead, lead.teamId, 'Sam Park');
    const board = await createBoard(lead);
    const s1 = await createSprint(lead, board.id, { name: 'S1', startDate: '2030-01-07' });
    const s2 = await createSprint(lead, board.id, { name: 'S2', startDate: '2030-01-21' });
    await lead.inject({
      method: 'PUT',
      url: `/api/sprints/${s1.id}/availability`,
      payload: {
        availability: [
          { memberId: priya.user.id, availableDays: 8 },
          { memberId: sam.user.id, availableDays: 6 },
        ],
      },
    });
    const [p1] = await backlogCards(lead, ['P1'], { assigneeId: priya.user.id, effort: 5 });
    const [p2] = await backlogCards(lead, ['P2'], { assigneeId: priya.user.id, effort: 3 });
    const [s] = await backlogCards(lead, ['S'], { assigneeId: sam.user.id, effort: 2 });
    const [u] = await backlogCards(lead, ['U'], { effort: 1 });
    const [next] = await backlogCards(lead, ['Next']);
    const [stays] = await backlogCards(lead, ['Stays in backlog']);
    await plan(lead, [p1!, p2!, s!, u!], s1.id);
    await plan(lead, [next!], s2.id);
    await startSprint(lead, s1.id);
    const started = await getBoard(lead, board.id);
    for (const card of [s!, p1!]) {
      const current = started.columns.flatMap((c) => c.cards).find((c) => c.id === card.id)!;
      const res = await lead.inject({
        method: 'POST',
        url: `/api/cards/${card.id}/move`,
        payload: { toColumnId: columnOf(started, 'Done').id, version: current.version },
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const idsBefore = (await t.db.prisma.card.findMany({ select: { id: true } })).map((c) => c.id).sort();
    const seq = (await getBoard(lead, board.id)).seq;

    const res = await lead.inject({
      method: 'POST',
      url: `/api/sprints/${s1.id}/complete`,
      payload: { carryOver: { to: 'sprint', sprintId: s2.id } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const done: SprintDetail = res.json();
    expect(done).toMatchObject({ state: 'completed', committedPoints: 11, cardCount: 4 });
    expect(done.completedAt).not.toBeNull();
    expect(done.record).toEqual({
      committedPoints: 11,
      completedPoints: 7,
      totalAvailableDays: 14,
      members: expect.arrayContaining([
        { memberId: priya.user.id, committedPoints: 8, completedPoints: 5 },
        { memberId: sam.user.id, committedPoints: 2, completedPoints: 2 },
      ]),
      doneCardIds: [s!.id, p1!.id],
      unfinishedCardIds: [p2!.id, u!.id],
    });
    expect(done.record!.members).toHaveLength(2);
    expect(titles(done.cards)).toEqual(['S', 'P1']);
    expect(done.cards.every((c) => c.boardId === null && c.sprintId === s1.id)).toBe(true);

    expect((await getBoard(lead, board.id)).columns.flatMap((c) => c.cards)).toEqual([]);
    expect(titles((await getSprint(lead, s2.id)).cards)).toEqual(['P2', 'U', 'Next']);
    expect(await getBacklog(lead)).toEqual([stays!.title]);
    const idsAfter = (await t.db.prisma.card.findMany({ select: { id: true } })).map((c) => c.id).sort();
    expect(idsAfter).toEqual(idsBefore);

    const events = await t.db.prisma.boardEvent.findMany({
      where: { boardId: board.id, seq: { gt: seq } },
      orderBy: { seq: 'asc' },
    });
    expect(events.map((e) => e.payload as { type: string; cardId?: string })).toEqual([
      expect.objectContaining({ type: 'card.deleted', cardId: s!.id }),
      expect.objectContaining({ type: 'card.deleted', cardId: p1!.id }),
      expect.objectContaining({ type: 'card.deleted', cardId: p2!.id }),
      expect.objectContaining({ type: 'card.deleted', cardId: u!.id }),
      expect.objectContaining({ type: 'sprint.updated', sprint: expect.objectContaining({ state: 'completed' }) }),
      // Then the planning page: the unfinished cards arrive in S2's plan, above what it held.
      expect.objectContaining({
        type: 'plan.upserted',
        card: expect.objectContaining({ id: p2!.id, sprintId: s2.id }),
      }),
      expect.objectContaining({ type: 'plan.upserted', card: expect.objectContaining({ id: u!.id, sprintId: s2.id }) }),
    ]);

    // The next sprint's capacity comes from S1's velocity: 7 points over 14 available days.
    await lead.inject({
      method: 'PUT',
      url: `/api/sprints/${s2.id}/availability`,
      payload: { availability: [{ memberId: priya.user.id, availableDays: 10 }] },
    });
    expect((await getSprint(lead, s2.id)).capacity).toMatchObject({
      basis: 'availability',
      pointsPerAvailableDay: 0.5,
      team: { capacity: 5, committed: 4 },
    });

    // Completing S2 into the backlog puts its unfinished cards on top, in order.
    await startSprint(lead, s2.id);
    const toBacklog = await lead.inject({
      method: 'POST',
      url: `/api/sprints/${s2.id}/complete`,
      payload: { carryOver: { to: 'backlog' } },
    });
    expect(toBacklog.json().record).toMatchObject({ committedPoints: 4, completedPoints: 0, doneCardIds: [] });
    expect(await getBacklog(lead)).toEqual(['P2', 'U', 'Next', 'Stays in backlog']);
    const list = await lead.inject({ method: 'GET', url: `/api/boards/${board.id}/sprints` });
    expect(list.json().map((x: { state: string; cardCount: number }) => [x.state, x.cardCount])).toEqual([
      ['completed', 3],
      ['completed', 4],
    ]);
  });

  it('loses and doubles no card when cards are moved while the sprint completes', async () => {
    const lead = t.as;
    const board = await createBoard(lead, 'Race board');
    const sprint = await createSprint(lead, board.id, { name: 'Race', startDate: '2030-06-03' });
    const cards = await backlogCards(lead, ['1', '2', '3', '4', '5', '6']);
    await plan(lead, cards, sprint.id);
    await startSprint(lead, sprint.id);
    const done = columnOf(board, 'Done').id;
    const results = await Promise.all([
      ...cards.map((card) =>
        lead.inject({ method: 'POST', url: `/api/cards/${card.id}/move`, payload: { toColumnId: done } }),
      ),
      lead.inject({
        method: 'POST',
        url: `/api/sprints/${sprint.id}/complete`,
        payload: { carryOver: { to: 'backlog' } },
      }),
    ]);
    const completed = results.at(-1)!;
    expect(completed.statusCode, completed.body).toBe(200);
    for (const move of results.slice(0, -1)) {
      expect([200, 409], move.body).toContain(move.statusCode);
      if (move.statusCode === 409) expect(move.json().code).toBe('CARD_NOT_ON_BOARD');
    }
    const record = completed.json().record;
    const ids = cards.map((card) => card.id).sort();
    expect([...record.doneCardIds, ...record.unfinishedCardIds].sort()).toEqual(ids);
    // Exactly the moves that landed before the completion count as done.
    const landed = results.slice(0, -1).filter((r) => r.statusCode === 200).length;
    expect(record.doneCardIds).toHaveLength(landed);
    const rows = await t.db.prisma.card.findMany({ where: { id: { in: ids } } });
    expect(rows.map((row) => row.id).sort()).toEqual(ids);
    expect(rows.every((row) => row.boardId === null && row.columnId === null)).toBe(true);
    expect(
      rows
        .filter((row) => row.sprintId === sprint.id)
        .map((row) => row.id)
        .sort(),
    ).toEqual([...record.doneCardIds].sort());
  });

  it('refuses members, wrong targets and sprints that are not active, changing nothing', async () => {
    const lead = t.as;
    const member = await join(t.app, lead, lead.teamId, 'Mo Member');
    const board = await createBoard(lead);
    const other = await createBoard(lead, 'Other board');
    const active = await createSprint(lead, board.id, { name: 'Active', startDate: '2030-03-04' });
    const planned = await createSprint(lead, board.id, { name: 'Planned', startDate: '2030-03-18' });
    const elsewhere = await createSprint(lead, other.id, { name: 'Elsewhere', startDate: '2030-03-18' });
    await plan(lead, await backlogCards(lead, ['Work']), active.id);
    await startSprint(lead, active.id);
    const before = await snapshot(t.db);
    const cases: [typeof lead, string, unknown, number, string][] = [
      [member, active.id, { to: 'backlog' }, 403, 'FORBIDDEN'],
      [lead, active.id, { to: 'sprint', sprintId: active.id }, 400, 'VALIDATION_FAILED'],
      [lead, active.id, { to: 'sprint', sprintId: elsewhere.id }, 400, 'VALIDATION_FAILED'],
      [lead, active.id, { to: 'nowhere' }, 400, 'VALIDATION_FAILED'],
      [lead, planned.id, { to: 'backlog' }, 409, 'INVALID_SPRINT_TRANSITION'],
    ];
    for (const [client, sprintId, carryOver, status, code] of cases) {
      const res = await client.inject({
        method: 'POST',
        url: `/api/sprints/${sprintId}/complete`,
        payload: { carryOver },
      });
      expect([res.statusCode, res.json().code], JSON.stringify(carryOver)).toEqual([status, code]);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });
});
