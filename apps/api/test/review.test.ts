import { describe, expect, it } from 'vitest';
import { HISTORY_KEPT } from '../src/modules/events/record.ts';
import { burndownHistory } from '../src/modules/review/burndown-history.ts';
import { todayIn } from '../src/modules/sprints/today.ts';
import { columnOf, createBoard, getBoard, join, readHistory, signUp, useTestApp } from './helper.ts';
import { backlogCards, createSprint, plan, startSprint } from './sprint-helpers.ts';

describe('sprint review', () => {
  const t = useTestApp();

  it('shows committed vs done, the burndown from the board history, velocity, and effort beside results', async () => {
    const priya = await join(t.app, t.as, t.as.teamId, 'Priya Shah');
    const board = await createBoard(t.as, 'Review board');
    const today = todayIn('UTC');
    const sprint = await createSprint(t.as, board.id, { name: 'Sprint 7', goal: 'Launch', startDate: today });
    const [landing, email, ads] = await backlogCards(t.as, ['Landing page', 'Email', 'Ads'], {});
    for (const [card, effort, assigneeId] of [
      [landing!, 5, priya.user.id],
      [email!, 3, t.as.user.id],
      [ads!, 2, null],
    ] as const) {
      const res = await t.as.inject({ method: 'PATCH', url: `/api/cards/${card.id}`, payload: { effort, assigneeId } });
      expect(res.statusCode, res.body).toBe(200);
    }
    await plan(t.as, [landing!, email!, ads!], sprint.id);
    await startSprint(t.as, sprint.id);
    const started = await getBoard(t.as, board.id);
    const done = columnOf(started, 'Done');
    const moved = await priya.inject({
      method: 'POST',
      url: `/api/cards/${landing!.id}/move`,
      payload: { toColumnId: done.id },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    await t.as.inject({
      method: 'POST',
      url: `/api/cards/${landing!.id}/effort`,
      payload: { minutes: 60, note: 'Review' },
    });
    await priya.inject({ method: 'POST', url: `/api/cards/${landing!.id}/effort`, payload: { minutes: 240 } });
    await t.as.inject({ method: 'POST', url: `/api/cards/${landing!.id}/kudos`, payload: { toUserId: priya.user.id } });
    const campaign = (
      await t.as.inject({
        method: 'POST',
        url: `/api/teams/${t.as.teamId}/campaigns`,
        payload: { name: 'Launch campaign', spendMinor: 100_00, revenueMinor: 250_00 },
      })
    ).json();
    await t.as.inject({ method: 'PATCH', url: `/api/cards/${email!.id}`, payload: { campaignId: campaign.id } });

    const live = (await t.as.inject({ method: 'GET', url: `/api/sprints/${sprint.id}/review` })).json();
    expect(live).toMatchObject({ committedPoints: 10, completedPoints: 5 });
    expect(live.burndown.committedAtStart).toBe(10);
    expect(live.burndown.days[0]).toMatchObject({ date: today, remaining: 5, scope: 10, scopeChange: 0 });
    expect(live.burndown.days.at(-1).ideal).toBe(0);

    const completed = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${sprint.id}/complete`,
      payload: { carryOver: { to: 'backlog' } },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    const res = await priya.inject({ method: 'GET', url: `/api/sprints/${sprint.id}/review` });
    expect(res.statusCode, res.body).toBe(200);
    const review = res.json();
    expect(review).toMatchObject({ committedPoints: 10, completedPoints: 5 });
    expect(review.cards.filter((c: { done: boolean }) => c.done).map((c: { title: string }) => c.title)).toEqual([
      'Landing page',
    ]);
    // Cards leaving the board at completion are not burnt down.
    expect(review.burndown.days[0]).toMatchObject({ remaining: 5, scope: 10 });
    expect(review.velocity).toEqual([
      expect.objectContaining({ name: 'Sprint 7', committedPoints: 10, completedPoints: 5 }),
    ]);
    const byName = Object.fromEntries(review.members.map((m: { name: string }) => [m.name, m]));
    expect(byName['Lena Lead']).toMatchObject({
      effort: { minutes: 60, cardsWorkedOn: 1, cardsHelpedWith: 1 },
      results: { cardsCompleted: 0, pointsCompleted: 0 },
    });
    expect(byName['Priya Shah']).toMatchObject({
      effort: { minutes: 240, cardsWorkedOn: 1, cardsHelpedWith: 0 },
      results: { cardsCompleted: 1, pointsCompleted: 5, kudosReceived: 1 },
    });
    expect(review.campaigns).toEqual([expect.objectContaining({ name: 'Launch campaign', roi: 1.5 })]);
    expect(review.feedback).toEqual({ count: 0, averageRating: null, ratings: [0, 0, 0, 0, 0] });

    const stranger = await signUp(t.app, { name: 'Stranger' });
    const hidden = await stranger.inject({ method: 'GET', url: `/api/sprints/${sprint.id}/review` });
    expect(hidden.statusCode).toBe(404);
  });

  it('keeps the burndown while the history is trimmed: a running sprint from its start, a completed one frozen when it completed', async () => {
    const board = await createBoard(t.as, 'Long history');
    const today = todayIn('UTC');
    const sprint = await createSprint(t.as, board.id, { name: 'Sprint 8', startDate: today });
    const cards = await backlogCards(t.as, ['Landing page', 'Email', 'Ads'], { effort: 3 });
    await plan(t.as, cards, sprint.id);
    await startSprint(t.as, sprint.id);
    const move = async (cardId: string, column: string) => {
      const res = await t.as.inject({
        method: 'POST',
        url: `/api/cards/${cardId}/move`,
        payload: { toColumnId: columnOf(board, column).id },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    const review = async () => (await t.as.inject({ method: 'GET', url: `/api/sprints/${sprint.id}/review` })).json();
    const seqs = async () => (await readHistory(t.db, board.id)).map((e) => e.seq);
    /** Pretends the board's history is long: its next event gets seq `next`, which trims it. */
    const nextSeq = (next: number) =>
      t.db.sql.query('UPDATE boards SET event_seq = $1 WHERE id = $2', [next - 1, board.id]);

    await move(cards[0]!.id, 'Done');
    const before = (await review()).burndown;
    expect(before.days[0]).toMatchObject({ remaining: 6, scope: 9 });
    const startSeq = (await readHistory(t.db, board.id)).find(
      (e) => e.type === 'sprint.updated' && e.sprint.state === 'active',
    )!.seq;

    await nextSeq(HISTORY_KEPT + 100);
    await move(cards[1]!.id, 'Done');
    // The board's columns, from before the start, are trimmed; the sprint's events are not.
    await expect.poll(async () => (await seqs())[0]).toBeGreaterThan(5);
    expect((await seqs()).filter((seq) => seq <= startSeq).length).toBeGreaterThan(0);
    const trimmed = (await review()).burndown;
    expect(trimmed.committedAtStart).toBe(9);
    expect(trimmed.days[0]).toMatchObject({ remaining: 3, scope: 9 });

    const completed = await t.as.inject({
      method: 'POST',
      url: `/api/sprints/${sprint.id}/complete`,
      payload: { carryOver: { to: 'backlog' } },
    });
    expect(completed.statusCode, completed.body).toBe(200);
    // Once it has completed, the sprint no longer holds the history back.
    await nextSeq(2 * HISTORY_KEPT + 200);
    const renamed = await t.as.inject({
      method: 'PATCH',
      url: `/api/boards/${board.id}`,
      payload: { name: 'Renamed' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    await expect.poll(seqs).toEqual([2 * HISTORY_KEPT + 200]);
    expect((await review()).burndown).toEqual(trimmed);
  });

  it('counts a card done in the done column of the moment: a column added after Done changes the days from then on', async () => {
    const board = await createBoard(t.as, 'Published last');
    const sprint = await createSprint(t.as, board.id, { name: 'Sprint 9', startDate: todayIn('UTC') });
    const [a, b] = await backlogCards(t.as, ['Landing page', 'Email'], { effort: 3 });
    await plan(t.as, [a!, b!], sprint.id);
    await startSprint(t.as, sprint.id);
    const move = async (cardId: string, toColumnId: string) => {
      const res = await t.as.inject({ method: 'POST', url: `/api/cards/${cardId}/move`, payload: { toColumnId } });
      expect(res.statusCode, res.body).toBe(200);
    };
    await move(a!.id, columnOf(board, 'Done').id);
    const added = await t.as.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/columns`,
      payload: { name: 'Published', afterColumnId: columnOf(board, 'Done').id },
    });
    expect(added.statusCode, added.body).toBe(201);
    await move(b!.id, added.json().id);

    const history = await burndownHistory(t.db.prisma, {
      id: sprint.id,
      boardId: board.id,
      timeZone: 'UTC',
      doneColumnId: added.json().id,
    });
    expect(history!.initial.map((card) => card.done)).toEqual([false, false]);
    expect(history!.changes.map(({ cardId, done }) => [cardId, done])).toEqual([
      [a!.id, true],
      [a!.id, false],
      [b!.id, true],
    ]);
  });
});
