import { addDays } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { todayIn } from '../src/modules/sprints/today.ts';
import { addCards, createBoard, join, signUp, snapshot, useTestApp } from './helper.ts';
import { backlogCards, createSprint, getSprint, plan, startSprint } from './sprint-helpers.ts';

// 2030-01-07 is a Monday: a 14-day sprint from it has 10 working days.
const MONDAY = '2030-01-07';

describe('sprints: planning', () => {
  const t = useTestApp();

  it('lets a lead plan a sprint with derived end date and working days, and lists newest first', async () => {
    const board = await createBoard(t.as);
    const first = await createSprint(t.as, board.id, {
      name: ' Sprint 1 ',
      goal: 'Launch emails',
      startDate: MONDAY,
      holidays: ['2030-01-08', '2030-01-08'],
    });
    expect(first).toMatchObject({
      name: 'Sprint 1',
      goal: 'Launch emails',
      boardId: board.id,
      teamId: t.as.teamId,
      startDate: MONDAY,
      lengthDays: 14,
      endDate: '2030-01-20',
      holidays: ['2030-01-08'],
      workingDays: 9,
      state: 'planned',
      committedPoints: 0,
      cardCount: 0,
      record: null,
    });
    const second = await createSprint(t.as, board.id, { name: 'Sprint 2', startDate: '2030-01-21', lengthDays: 7 });
    const list = await t.as.inject({ method: 'GET', url: `/api/boards/${board.id}/sprints` });
    expect(list.json().map((s: { id: string }) => s.id)).toEqual([second.id, first.id]);
    const active = await t.as.inject({ method: 'GET', url: `/api/boards/${board.id}/sprints?state=active` });
    expect(active.json()).toEqual([]);
  });

  it('refuses bad input, overlaps and members, changing nothing', async () => {
    const board = await createBoard(t.as);
    const member = await join(t.app, t.as, t.as.teamId, 'Mia Member');
    await createSprint(t.as, board.id, { name: 'Existing', startDate: MONDAY });
    const before = await snapshot(t.db);
    const cases: [typeof t.as, Record<string, unknown>, number, string][] = [
      [t.as, { name: 'x', startDate: MONDAY, lengthDays: 10 }, 400, 'VALIDATION_FAILED'],
      [t.as, { name: '', startDate: '2030-03-04' }, 400, 'VALIDATION_FAILED'],
      [t.as, { name: 'x', startDate: '2030-03-04', holidays: ['2030-05-01'] }, 400, 'VALIDATION_FAILED'],
      [t.as, { name: 'Clash', startDate: '2030-01-20', lengthDays: 7 }, 409, 'SPRINT_OVERLAP'],
      [member, { name: 'x', startDate: '2030-03-04' }, 403, 'FORBIDDEN'],
    ];
    for (const [client, payload, status, code] of cases) {
      const res = await client.inject({ method: 'POST', url: `/api/boards/${board.id}/sprints`, payload });
      expect([res.statusCode, res.json().code], JSON.stringify(payload)).toEqual([status, code]);
    }
    const holiday = await t.as.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/sprints`,
      payload: { name: 'x', startDate: '2030-03-04', holidays: ['2030-05-01'] },
    });
    expect(holiday.json().detail).toContain('outside the sprint');
    const clash = await t.as.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/sprints`,
      payload: { name: 'Clash', startDate: '2030-01-20' },
    });
    expect(clash.json().detail).toContain('"Existing"');
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('creates exactly one of several overlapping sprints sent at once', async () => {
    const board = await createBoard(t.as);
    const starts = ['2030-02-04', '2030-02-05', '2030-02-06', '2030-02-11', '2030-02-12', '2030-02-13'];
    const results = await Promise.all(
      starts.map((startDate, i) =>
        t.as.inject({
          method: 'POST',
          url: `/api/boards/${board.id}/sprints`,
          payload: { name: `Race ${i}`, startDate },
        }),
      ),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const list = await t.as.inject({ method: 'GET', url: `/api/boards/${board.id}/sprints` });
    expect(list.json()).toHaveLength(1);
  });

  it("answers another team's sprint and board exactly like missing ones", async () => {
    const board = await createBoard(t.as);
    const sprint = await createSprint(t.as, board.id, { name: 'Ours', startDate: MONDAY });
    const stranger = await signUp(t.app, { name: 'Other lead' });
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const id of [sprint.id, missing]) {
      for (const [method, url, payload] of [
        ['GET', `/api/sprints/${id}`, undefined],
        ['PATCH', `/api/sprints/${id}`, { name: 'Mine now' }],
        ['DELETE', `/api/sprints/${id}`, undefined],
        ['POST', `/api/sprints/${id}/start`, undefined],
        ['POST', `/api/sprints/${id}/complete`, { carryOver: { to: 'backlog' } }],
        ['PUT', `/api/sprints/${id}/availability`, { availability: [] }],
      ] as const) {
        const res = await stranger.inject({ method, url, ...(payload ? { payload } : {}) });
        expect([res.statusCode, res.json().code], `${method} ${url}`).toEqual([404, 'SPRINT_NOT_FOUND']);
      }
    }
    const list = await stranger.inject({ method: 'GET', url: `/api/boards/${board.id}/sprints` });
    expect(list.json().code).toBe('BOARD_NOT_FOUND');
  });

  it('edits name and goal any time before completion, dates only while planned, overlap re-checked', async () => {
    const board = await createBoard(t.as);
    const a = await createSprint(t.as, board.id, { name: 'A', startDate: MONDAY });
    const b = await createSprint(t.as, board.id, { name: 'B', startDate: '2030-01-21' });
    const moved = await t.as.inject({
      method: 'PATCH',
      url: `/api/sprints/${b.id}`,
      payload: { startDate: '2030-01-28', lengthDays: 7 },
    });
    expect(moved.json()).toMatchObject({ startDate: '2030-01-28', endDate: '2030-02-03', name: 'B' });
    const clash = await t.as.inject({
      method: 'PATCH',
      url: `/api/sprints/${b.id}`,
      payload: { startDate: '2030-01-14' },
    });
    expect(clash.json().code).toBe('SPRINT_OVERLAP');
    await startSprint(t.as, a.id);
    const renamed = await t.as.inject({ method: 'PATCH', url: `/api/sprints/${a.id}`, payload: { goal: 'Ship it' } });
    expect(renamed.json()).toMatchObject({ goal: 'Ship it', state: 'active' });
    const before = await snapshot(t.db);
    const redated = await t.as.inject({ method: 'PATCH', url: `/api/sprints/${a.id}`, payload: { lengthDays: 7 } });
    expect(redated.statusCode).toBe(409);
    expect(redated.json()).toMatchObject({ code: 'INVALID_SPRINT_TRANSITION' });
    expect(redated.json().detail).toContain('is active');
    const empty = await t.as.inject({ method: 'PATCH', url: `/api/sprints/${a.id}`, payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('deletes a planned sprint, its plan back on top of the backlog in order; not an active one', async () => {
    const lead = await signUp(t.app, { name: 'Del Lead' });
    const board = await createBoard(lead);
    const sprint = await createSprint(lead, board.id, { name: 'Cancelled', startDate: MONDAY });
    const [x, y, z] = await backlogCards(lead, ['X', 'Y', 'Z']);
    await plan(lead, [z!, x!], sprint.id);
    const del = await lead.inject({ method: 'DELETE', url: `/api/sprints/${sprint.id}` });
    expect(del.statusCode).toBe(204);
    const backlog = await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}/backlog` });
    expect(backlog.json().cards.map((c: { title: string }) => c.title)).toEqual(['Z', 'X', 'Y']);
    expect(backlog.json().cards.every((c: { sprintId: string | null }) => c.sprintId === null)).toBe(true);
    expect(y).toBeDefined();
    const active = await createSprint(lead, board.id, { name: 'Running', startDate: MONDAY });
    await startSprint(lead, active.id);
    const before = await snapshot(t.db);
    const refused = await lead.inject({ method: 'DELETE', url: `/api/sprints/${active.id}` });
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'INVALID_SPRINT_TRANSITION']);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('sets availability: leads for anyone, members for themselves, within working days', async () => {
    const lead = await signUp(t.app, { name: 'Ava Lead' });
    const member = await join(t.app, lead, lead.teamId, 'Max Member');
    const outsider = await signUp(t.app, { name: 'Out Sider' });
    const board = await createBoard(lead);
    const sprint = await createSprint(lead, board.id, { name: 'S', startDate: MONDAY, holidays: ['2030-01-09'] });
    const put = (client: typeof lead, availability: unknown[]) =>
      client.inject({ method: 'PUT', url: `/api/sprints/${sprint.id}/availability`, payload: { availability } });
    const set = await put(lead, [
      { memberId: lead.user.id, availableDays: 8 },
      { memberId: member.user.id, availableDays: 4.5 },
    ]);
    expect(set.statusCode, set.body).toBe(200);
    const own = await put(member, [{ memberId: member.user.id, availableDays: 9 }]);
    expect(own.statusCode).toBe(200);
    expect(own.json().availability).toEqual(
      expect.arrayContaining([
        { memberId: lead.user.id, availableDays: 8 },
        { memberId: member.user.id, availableDays: 9 },
      ]),
    );
    expect(own.json().capacity).toMatchObject({ basis: 'default', pointsPerAvailableDay: 1, totalAvailableDays: 17 });
    const before = await snapshot(t.db);
    const refusals: [typeof lead, unknown[], number, string][] = [
      [member, [{ memberId: lead.user.id, availableDays: 1 }], 403, 'FORBIDDEN'],
      [lead, [{ memberId: outsider.user.id, availableDays: 1 }], 400, 'VALIDATION_FAILED'],
      // 14 days from a Monday with one holiday: 9 working days.
      [lead, [{ memberId: member.user.id, availableDays: 9.5 }], 400, 'VALIDATION_FAILED'],
      [lead, [{ memberId: member.user.id, availableDays: 1.25 }], 400, 'VALIDATION_FAILED'],
      [member, [{ memberId: lead.user.id, availableDays: null }], 403, 'FORBIDDEN'],
      [lead, [{ memberId: outsider.user.id, availableDays: null }], 400, 'VALIDATION_FAILED'],
    ];
    for (const [client, availability, status, code] of refusals) {
      const res = await put(client, availability);
      expect([res.statusCode, res.json().code], JSON.stringify(availability)).toEqual([status, code]);
    }
    expect(await snapshot(t.db)).toEqual(before);

    // null takes a statement back; members not listed keep theirs.
    const takenBack = await put(member, [{ memberId: member.user.id, availableDays: null }]);
    expect(takenBack.statusCode).toBe(200);
    expect(takenBack.json().availability).toEqual([{ memberId: lead.user.id, availableDays: 8 }]);
    expect(takenBack.json().capacity).toMatchObject({ totalAvailableDays: 8 });
    const again = await put(member, [{ memberId: member.user.id, availableDays: null }]);
    expect(again.json().availability).toEqual([{ memberId: lead.user.id, availableDays: 8 }]);
  });

  it('reckons capacity from the lead-set default until there is history', async () => {
    const lead = await signUp(t.app, { name: 'Cap Lead' });
    const member = await join(t.app, lead, lead.teamId, 'Cap Member');
    const board = await createBoard(lead);
    const sprint = await createSprint(lead, board.id, { name: 'S', startDate: MONDAY });
    const memberTry = await member.inject({
      method: 'PATCH',
      url: `/api/boards/${board.id}/planning`,
      payload: { defaultPointsPerDay: 3 },
    });
    expect(memberTry.statusCode).toBe(403);
    const settings = await lead.inject({
      method: 'PATCH',
      url: `/api/boards/${board.id}/planning`,
      payload: { defaultPointsPerDay: 2 },
    });
    expect(settings.json()).toEqual({ defaultPointsPerDay: 2 });
    await lead.inject({
      method: 'PUT',
      url: `/api/sprints/${sprint.id}/availability`,
      payload: {
        availability: [
          { memberId: lead.user.id, availableDays: 5 },
          { memberId: member.user.id, availableDays: 5 },
        ],
      },
    });
    const cards = await backlogCards(lead, ['Big', 'Small', 'Unsized'], { assigneeId: member.user.id });
    await lead.inject({ method: 'PATCH', url: `/api/cards/${cards[0]!.id}`, payload: { effort: 13 } });
    await lead.inject({ method: 'PATCH', url: `/api/cards/${cards[1]!.id}`, payload: { effort: 3 } });
    await plan(lead, cards, sprint.id);
    const detail = await getSprint(lead, sprint.id);
    expect(detail.cards.map((c) => c.title)).toEqual(['Big', 'Small', 'Unsized']);
    expect(detail).toMatchObject({ committedPoints: 16, cardCount: 3, progress: null });
    expect(detail.capacity).toMatchObject({
      basis: 'default',
      team: { committed: 16, capacity: 20, state: 'under' },
      unestimatedCardIds: [cards[2]!.id],
    });
    expect(detail.capacity.members).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ memberId: member.user.id, committed: 16, capacity: 10, state: 'over' }),
        expect.objectContaining({ memberId: lead.user.id, committed: 0, capacity: 10, state: 'under' }),
      ]),
    );
  });

  it('shows where an active sprint stands today, in the team time zone', async () => {
    const lead = await signUp(t.app, { name: 'Tz Lead' });
    const board = await createBoard(lead);
    const set = await lead.inject({
      method: 'PATCH',
      url: `/api/teams/${lead.teamId}`,
      payload: { timeZone: 'Pacific/Kiritimati' },
    });
    expect(set.json().timeZone).toBe('Pacific/Kiritimati');
    // Kiritimati is UTC+14: its date is UTC's date or the next.
    const kiritimati = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    const start = new Date(Date.parse(`${kiritimati}T00:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);
    const sprint = await createSprint(lead, board.id, { name: 'Now', startDate: start, lengthDays: 7 });
    const started = await startSprint(lead, sprint.id);
    expect(started.progress).toMatchObject({ today: kiritimati, day: 3, of: 7, daysLeft: 5, state: 'in-progress' });
  });
});

describe('sprints: start', () => {
  const t = useTestApp();

  it("puts the plan at the bottom of the board's first column in plan order, and tells viewers", async () => {
    const board = await createBoard(t.as);
    const [already] = await addCards(t.as, board, 'Backlog', ['Already on board']);
    const sprint = await createSprint(t.as, board.id, { name: 'S1', goal: 'Launch', startDate: MONDAY });
    const [a, b, c] = await backlogCards(t.as, ['A', 'B', 'C']);
    await plan(t.as, [b!, a!, c!], sprint.id);
    const member = await join(t.app, t.as, t.as.teamId, 'Not a lead');
    const memberTry = await member.inject({ method: 'POST', url: `/api/sprints/${sprint.id}/start` });
    expect(memberTry.statusCode).toBe(403);
    const seq = (await t.db.prisma.board.findUniqueOrThrow({ where: { id: board.id } })).eventSeq;

    const started = await startSprint(t.as, sprint.id);
    expect(started).toMatchObject({ state: 'active', cardCount: 4 });
    expect(started.startedAt).not.toBeNull();
    const boardNow = (await t.as.inject({ method: 'GET', url: `/api/boards/${board.id}` })).json();
    const firstColumn = boardNow.columns[0];
    expect(firstColumn.cards.map((card: { title: string }) => card.title)).toEqual(['Already on board', 'B', 'A', 'C']);
    expect(firstColumn.cards.every((card: { sprintId: string }) => card.sprintId === sprint.id)).toBe(true);

    const events = await t.db.prisma.boardEvent.findMany({
      where: { boardId: board.id, seq: { gt: seq } },
      orderBy: { seq: 'asc' },
    });
    const payloads = events.map((e) => e.payload as { type: string; action?: string; card?: { id: string } });
    // The columns as they stand (the burndown's done column), then the cards.
    expect(payloads.map((p) => [p.type, p.action ?? null, p.card?.id ?? null])).toEqual([
      ...boardNow.columns.map(() => ['column.upserted', null, null]),
      ['card.upserted', 'moved', b!.id],
      ['card.upserted', 'moved', a!.id],
      ['card.upserted', 'moved', c!.id],
      ['card.upserted', 'edited', already!.id],
      ['sprint.updated', null, null],
    ]);

    // A card created while the sprint runs joins it.
    const [late] = await addCards(t.as, board, 'To do', ['Late addition']);
    expect(late!.sprintId).toBe(sprint.id);
  });

  it('refuses a second active sprint on the board, and starting twice', async () => {
    const board = await createBoard(t.as);
    const one = await createSprint(t.as, board.id, { name: 'One', startDate: MONDAY });
    const two = await createSprint(t.as, board.id, { name: 'Two', startDate: '2030-01-21' });
    await startSprint(t.as, one.id);
    const before = await snapshot(t.db);
    const second = await t.as.inject({ method: 'POST', url: `/api/sprints/${two.id}/start` });
    expect([second.statusCode, second.json().code]).toEqual([409, 'SPRINT_ALREADY_ACTIVE']);
    expect(second.json().detail).toContain('"One"');
    const again = await t.as.inject({ method: 'POST', url: `/api/sprints/${one.id}/start` });
    expect([again.statusCode, again.json().code]).toEqual([409, 'INVALID_SPRINT_TRANSITION']);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('starts only one of two sprints started at once', async () => {
    const board = await createBoard(t.as);
    const one = await createSprint(t.as, board.id, { name: 'One', startDate: MONDAY });
    const two = await createSprint(t.as, board.id, { name: 'Two', startDate: '2030-01-21' });
    const results = await Promise.all(
      [one, two].map((s) => t.as.inject({ method: 'POST', url: `/api/sprints/${s.id}/start` })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('sprints: start today', () => {
  const t = useTestApp();

  it('moves the dates to start today when asked, keeping the length; refuses an overlap, changing nothing', async () => {
    const board = await createBoard(t.as);
    const today = todayIn('UTC');
    const sprint = await createSprint(t.as, board.id, {
      name: 'Early',
      startDate: addDays(today, 10),
      holidays: [addDays(today, 12), addDays(today, 20)],
    });
    const later = await createSprint(t.as, board.id, { name: 'Later', startDate: addDays(today, 30) });
    // Started today, "Later" would run from today to today + 13, over "Early"'s planned days.
    const before = await snapshot(t.db);
    const clash = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${later.id}/start`,
      payload: { startToday: true },
    });
    expect(clash.statusCode, clash.body).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'SPRINT_OVERLAP' });
    expect(await snapshot(t.db)).toBe(before);
    const bad = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${sprint.id}/start`,
      payload: { startToday: 'yes' },
    });
    expect(bad.statusCode).toBe(400);
    expect(await snapshot(t.db)).toBe(before);

    const res = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${sprint.id}/start`,
      payload: { startToday: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      state: 'active',
      startDate: today,
      endDate: addDays(today, 13),
      lengthDays: 14,
      holidays: [addDays(today, 12)],
      progress: { day: 1, of: 14, state: 'in-progress' },
    });
  });

  it('lets the next sprint start the day the last one was completed, early', async () => {
    const board = await createBoard(t.as);
    const today = todayIn('UTC');
    const first = await createSprint(t.as, board.id, { name: 'First', startDate: addDays(today, -5) });
    await startSprint(t.as, first.id);
    const done = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${first.id}/complete`,
      payload: { carryOver: { to: 'backlog' } },
    });
    expect(done.statusCode, done.body).toBe(200);
    const next = await createSprint(t.as, board.id, { name: 'Next', startDate: addDays(today, 9) });
    const res = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${next.id}/start`,
      payload: { startToday: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ startDate: today, endDate: addDays(today, 13) });
    // The days First held until it was completed stay its own.
    const overlap = await t.as.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/sprints`,
      payload: { name: 'Squeezed in', startDate: addDays(today, -11), lengthDays: 7 },
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().detail).toContain(`sprint "First" (${addDays(today, -5)} – ${addDays(today, -1)})`);
  });
});
