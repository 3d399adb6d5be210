import { describe, expect, it } from 'vitest';
import { addCards, createBoard, join, signUp, snapshot, useTestApp } from './helper.ts';

describe('effort and kudos', () => {
  const t = useTestApp();

  async function card(title = 'Newsletter') {
    const board = await createBoard(t.as);
    const [created] = await addCards(t.as, board, 'To do', [title]);
    return created as { id: string };
  }

  it('logs time and points with a note, and lists contributors', async () => {
    const { id } = await card();
    const member = await join(t.app, t.as, t.as.teamId, 'Priya Shah');
    await t.as.inject({ method: 'PATCH', url: `/api/cards/${id}`, payload: { assigneeId: t.as.user.id } });
    const res = await member.inject({
      method: 'POST',
      url: `/api/cards/${id}/effort`,
      payload: { minutes: 45, note: '  Proofread the copy ' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().effort).toEqual([
      expect.objectContaining({
        userId: member.user.id,
        name: 'Priya Shah',
        minutes: 45,
        points: 0,
        note: 'Proofread the copy',
      }),
    ]);
    expect(res.json().contributors.map((c: { name: string }) => c.name)).toEqual(['Lena Lead', 'Priya Shah']);
  });

  it('refuses empty or absurd effort, naming the field, and stores nothing', async () => {
    const { id } = await card();
    const before = await snapshot(t.db);
    for (const payload of [{}, { minutes: 0, points: 0 }, { minutes: 2000 }, { minutes: 1.5 }, { points: -1 }]) {
      const res = await t.as.inject({ method: 'POST', url: `/api/cards/${id}/effort`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors[0].path).toMatch(/^body\.(minutes|points)$/);
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('lets people remove their own entries; leads may remove anyone’s', async () => {
    const { id } = await card();
    const member = await join(t.app, t.as);
    const other = await join(t.app, t.as, t.as.teamId, 'Other member');
    const logged = (
      await member.inject({ method: 'POST', url: `/api/cards/${id}/effort`, payload: { points: 2 } })
    ).json();
    const entryId = logged.effort[0].id;
    const refused = await other.inject({ method: 'DELETE', url: `/api/effort/${entryId}` });
    expect(refused.statusCode).toBe(403);
    expect((await t.as.inject({ method: 'DELETE', url: `/api/effort/${entryId}` })).statusCode).toBe(204);
    const stranger = await signUp(t.app, { name: 'Stranger' });
    const gone = await stranger.inject({ method: 'GET', url: `/api/cards/${id}/contributions` });
    expect(gone.statusCode).toBe(404);
  });

  it('gives kudos to contributors only, never to oneself, once per person and card', async () => {
    const { id } = await card();
    const helper = await join(t.app, t.as, t.as.teamId, 'Marco Silva');
    const bystander = await join(t.app, t.as, t.as.teamId, 'Sam Park');
    await helper.inject({ method: 'POST', url: `/api/cards/${id}/effort`, payload: { minutes: 30 } });
    const before = await snapshot(t.db);
    const self = await helper.inject({
      method: 'POST',
      url: `/api/cards/${id}/kudos`,
      payload: { toUserId: helper.user.id },
    });
    expect(self.json().errors).toEqual([{ path: 'body.toUserId', message: 'is yourself' }]);
    const notContributor = await t.as.inject({
      method: 'POST',
      url: `/api/cards/${id}/kudos`,
      payload: { toUserId: bystander.user.id },
    });
    expect(notContributor.statusCode).toBe(400);
    expect(await snapshot(t.db)).toEqual(before);
    for (let i = 0; i < 2; i++) {
      const given = await t.as.inject({
        method: 'POST',
        url: `/api/cards/${id}/kudos`,
        payload: { toUserId: helper.user.id },
      });
      expect(given.statusCode).toBe(200);
      expect(given.json().kudos).toEqual([expect.objectContaining({ fromName: 'Lena Lead', toName: 'Marco Silva' })]);
    }
    const withdrawn = await t.as.inject({ method: 'DELETE', url: `/api/cards/${id}/kudos/${helper.user.id}` });
    expect(withdrawn.json().kudos).toEqual([]);
  });
});
