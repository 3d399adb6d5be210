import type { CardComment } from '@echoboard/contracts';
import { COMMENT_LIMITS } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import { addCards, type Client, createBoard, join, snapshot, useTestApp } from './helper.ts';

describe('comments', () => {
  const t = useTestApp();

  const post = (client: Client, cardId: string, body: string) =>
    client.inject({ method: 'POST', url: `/api/cards/${cardId}/comments`, payload: { body } });
  const list = async (cardId: string): Promise<CardComment[]> =>
    (await t.as.inject({ method: 'GET', url: `/api/cards/${cardId}/comments` })).json();

  it('lists comments oldest first, each signed with its author’s name', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Brand video']);
    const member = await join(t.app, t.as, t.as.teamId, 'Priya Shah');
    expect((await post(t.as, card!.id, '  Script is ready  ')).statusCode).toBe(201);
    await post(member, card!.id, 'I will book the studio');
    // Imported comments keep the original author and date, without an account.
    await t.db.prisma.cardComment.create({
      data: {
        cardId: card!.id,
        authorName: 'Trello Tom',
        body: 'From the old board',
        createdAt: new Date('2020-01-01'),
      },
    });
    const comments = await list(card!.id);
    expect(comments.map((c) => [c.authorName, c.body])).toEqual([
      ['Trello Tom', 'From the old board'],
      ['Lena Lead', 'Script is ready'],
      ['Priya Shah', 'I will book the studio'],
    ]);
    expect(comments[1]).toMatchObject({ authorId: t.as.user.id, editedAt: null });
  });

  it('lets only the author edit a comment, and marks it edited', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Landing page']);
    const member = await join(t.app, t.as, t.as.teamId, 'Marco');
    const mine = (await post(member, card!.id, 'Hero image tbd')).json();
    const before = await snapshot(t.db);
    const byLead = await t.as.inject({
      method: 'PATCH',
      url: `/api/comments/${mine.id}`,
      payload: { body: 'Changed' },
    });
    expect(byLead.statusCode).toBe(403);
    expect(byLead.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(byLead.json().detail).toMatch(/Only the person who wrote a comment can edit it/);
    expect(await snapshot(t.db)).toBe(before);
    const edited = await member.inject({
      method: 'PATCH',
      url: `/api/comments/${mine.id}`,
      payload: { body: 'Hero image chosen' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().body).toBe('Hero image chosen');
    expect(edited.json().editedAt).not.toBeNull();
  });

  it('lets the author or a lead delete a comment, but not another member', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Social calendar']);
    const priya = await join(t.app, t.as, t.as.teamId, 'Priya');
    const sam = await join(t.app, t.as, t.as.teamId, 'Sam');
    const a = (await post(priya, card!.id, 'First')).json();
    const b = (await post(priya, card!.id, 'Second')).json();
    const c = (await post(sam, card!.id, 'Third')).json();
    const del = (client: Client, id: string) => client.inject({ method: 'DELETE', url: `/api/comments/${id}` });
    const refused = await del(sam, a.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/or a team lead/);
    expect((await del(priya, a.id)).statusCode).toBe(204);
    expect((await del(t.as, b.id)).statusCode).toBe(204);
    expect((await list(card!.id)).map((x) => x.id)).toEqual([c.id]);
    const gone = await del(priya, a.id);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('COMMENT_NOT_FOUND');
  });

  it('refuses an empty or too long comment with a message to act on', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Podcast']);
    const before = await snapshot(t.db);
    const empty = await post(t.as, card!.id, '   ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([{ path: 'body.body', message: 'Write something before posting' }]);
    const long = await post(t.as, card!.id, 'x'.repeat(COMMENT_LIMITS.bodyMax + 1));
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].message).toBe('A comment has at most 5000 characters');
    expect(await snapshot(t.db)).toBe(before);
  });
});
