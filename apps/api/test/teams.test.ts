import { TEAM_MAX_MEMBERS } from '@echoboard/domain';
import { describe, expect, it } from 'vitest';
import {
  addCards,
  type Client,
  columnOf,
  createBoard,
  getBoard,
  join,
  signUp,
  snapshot,
  useTestApp,
} from './helper.ts';

describe('teams', () => {
  const t = useTestApp();

  it('makes the creator the lead, and shows members with role and discipline', async () => {
    const lead = await signUp(t.app, { name: 'Ana Lead', team: false });
    const created = await lead.inject({
      method: 'POST',
      url: '/api/teams',
      payload: { name: ' Growth squad ', discipline: 'content' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Growth squad',
      role: 'lead',
      memberCount: 1,
      maxMembers: 10,
      members: [{ userId: lead.user.id, name: 'Ana Lead', role: 'lead', discipline: 'content' }],
    });
    const teamId = created.json().id;
    const ben = await join(t.app, lead, teamId, 'Ben Member');
    const detail = await ben.inject({ method: 'GET', url: `/api/teams/${teamId}` });
    expect(detail.json()).toMatchObject({ role: 'member', memberCount: 2 });
    expect(detail.json().members.map((m: { name: string; role: string }) => [m.name, m.role])).toEqual([
      ['Ana Lead', 'lead'],
      ['Ben Member', 'member'],
    ]);
    const mine = await ben.inject({ method: 'GET', url: '/api/teams' });
    expect(mine.json()).toEqual([expect.objectContaining({ id: teamId, role: 'member', memberCount: 2 })]);
    const me = await ben.inject({ method: 'GET', url: '/api/auth/me' });
    expect(me.json().teams).toEqual(mine.json());
  });

  it('holds at most ten members and refuses the eleventh with a clear message', async () => {
    const lead = await signUp(t.app);
    // Ten invites made while there is room; nine are accepted.
    const tokens: string[] = [];
    for (let i = 0; i < TEAM_MAX_MEMBERS; i++) {
      tokens.push((await lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/invites` })).json().token);
    }
    for (const token of tokens.slice(0, 9)) {
      const person = await signUp(t.app, { team: false });
      expect((await person.inject({ method: 'POST', url: `/api/invites/${token}/accept` })).statusCode).toBe(200);
    }
    expect((await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}` })).json().memberCount).toBe(10);

    const eleventh = await signUp(t.app, { team: false });
    const refused = await eleventh.inject({ method: 'POST', url: `/api/invites/${tokens[9]}/accept` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('TEAM_FULL');
    expect(refused.json().detail).toMatch(/10 members.*most a team can have/);
    const moreInvites = await lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/invites` });
    expect(moreInvites.statusCode).toBe(409);
    expect(moreInvites.json().code).toBe('TEAM_FULL');
    expect(await t.db.prisma.membership.count({ where: { teamId: lead.teamId } })).toBe(10);
    // The refused invite is still unused, for when someone leaves.
    const invites = (await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}/invites` })).json();
    expect(invites.filter((i: { status: string }) => i.status === 'pending')).toHaveLength(1);
  });

  it('lets a lead change roles, keeps at least one lead, and keeps roles for leads', async () => {
    const lead = await signUp(t.app);
    const ben = await join(t.app, lead);
    const member = (c: Client, userId: string, payload: object) =>
      c.inject({ method: 'PATCH', url: `/api/teams/${lead.teamId}/members/${userId}`, payload });

    const demoteSelf = await member(lead, lead.user.id, { role: 'member' });
    expect(demoteSelf.statusCode).toBe(409);
    expect(demoteSelf.json().code).toBe('LAST_LEAD');

    const promote = await member(ben, ben.user.id, { role: 'lead' });
    expect(promote.statusCode).toBe(403);
    expect(promote.json().code).toBe('FORBIDDEN');
    expect((await member(ben, lead.user.id, { discipline: 'ops' })).statusCode).toBe(403);
    expect((await member(ben, ben.user.id, { discipline: 'design' })).json()).toMatchObject({
      discipline: 'design',
      role: 'member',
    });

    expect((await member(lead, ben.user.id, { role: 'lead', discipline: 'dev' })).json()).toMatchObject({
      role: 'lead',
      discipline: 'dev',
    });
    // With two leads, either may step down.
    expect((await member(ben, lead.user.id, { role: 'member' })).json().role).toBe('member');
    const last = await member(ben, ben.user.id, { role: 'member' });
    expect(last.json().code).toBe('LAST_LEAD');
    expect((await member(ben, '00000000-0000-4000-8000-000000000000', { role: 'lead' })).statusCode).toBe(404);
  });

  it('lets a lead rename the team and set its time zone, and no one else', async () => {
    const lead = await signUp(t.app);
    const ben = await join(t.app, lead);
    const settings = (c: Client, payload: object) =>
      c.inject({ method: 'PATCH', url: `/api/teams/${lead.teamId}`, payload });

    expect((await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}` })).json().timeZone).toBe('UTC');
    const before = await snapshot(t.db);
    const refused = await settings(ben, { name: 'Mine now', timeZone: 'Asia/Tokyo' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/lead/);
    const unknown = await settings(lead, { timeZone: 'Europe/Atlantis' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].message).toMatch(/IANA time zone/);
    expect(await snapshot(t.db)).toEqual(before);

    const saved = await settings(lead, { name: ' Growth ', timeZone: 'Europe/Paris' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'Growth', timeZone: 'Europe/Paris', role: 'lead' });
    expect((await ben.inject({ method: 'GET', url: `/api/teams/${lead.teamId}` })).json()).toMatchObject({
      name: 'Growth',
      timeZone: 'Europe/Paris',
    });
    // Members' browsers reckon the team's day from the list of their teams.
    const mine = await ben.inject({ method: 'GET', url: '/api/teams' });
    expect(mine.json()).toEqual([expect.objectContaining({ id: lead.teamId, timeZone: 'Europe/Paris' })]);
  });

  it('lets a lead remove members and anyone leave, but never the last lead', async () => {
    const lead = await signUp(t.app);
    const ben = await join(t.app, lead, lead.teamId, 'Ben');
    const cy = await join(t.app, lead, lead.teamId, 'Cy');
    const board = await createBoard(lead);
    const remove = (c: Client, userId: string) =>
      c.inject({ method: 'DELETE', url: `/api/teams/${lead.teamId}/members/${userId}` });

    expect((await remove(ben, cy.user.id)).json().code).toBe('FORBIDDEN');
    expect((await remove(lead, lead.user.id)).json().code).toBe('LAST_LEAD');
    expect((await lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/leave` })).json().code).toBe(
      'LAST_LEAD',
    );

    expect((await ben.inject({ method: 'GET', url: `/api/boards/${board.id}` })).statusCode).toBe(200);
    expect((await remove(lead, ben.user.id)).statusCode).toBe(204);
    // Access ends at once, with the same answer as for a board that does not exist.
    const gone = await ben.inject({ method: 'GET', url: `/api/boards/${board.id}` });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('BOARD_NOT_FOUND');
    expect((await ben.inject({ method: 'GET', url: '/api/boards' })).json()).toEqual([]);

    expect((await cy.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/leave` })).statusCode).toBe(204);
    expect((await cy.inject({ method: 'GET', url: `/api/teams/${lead.teamId}` })).json().code).toBe('TEAM_NOT_FOUND');
    expect((await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}` })).json().memberCount).toBe(1);
  });

  it('lets members work on boards, and only leads create or delete boards and columns or set WIP limits', async () => {
    const lead = await signUp(t.app);
    const ben = await join(t.app, lead);
    const board = await createBoard(lead, 'Launch');
    const doing = columnOf(board, 'Doing');
    const [card] = await addCards(ben, board, 'To do', ['Write copy']);

    // What a member may do.
    const allowed = [
      { method: 'PATCH', url: `/api/cards/${card.id}`, payload: { title: 'Write the copy' } },
      { method: 'POST', url: `/api/cards/${card.id}/move`, payload: { toColumnId: doing.id } },
      { method: 'PATCH', url: `/api/columns/${doing.id}`, payload: { name: 'In progress' } },
      { method: 'PATCH', url: `/api/boards/${board.id}`, payload: { name: 'Launch week' } },
    ] as const;
    for (const request of allowed) {
      expect((await ben.inject(request)).statusCode, `${request.method} ${request.url}`).toBe(200);
    }
    expect(columnOf(await getBoard(ben, board.id), 'In progress').cards.map((c) => c.title)).toEqual([
      'Write the copy',
    ]);

    // What only a lead may do; a member is told so, and nothing changes.
    const before = await snapshot(t.db);
    const leadOnly = [
      { method: 'POST', url: '/api/boards', payload: { name: 'Another', teamId: lead.teamId } },
      { method: 'DELETE', url: `/api/boards/${board.id}` },
      { method: 'POST', url: `/api/boards/${board.id}/columns`, payload: { name: 'Blocked' } },
      { method: 'DELETE', url: `/api/columns/${columnOf(board, 'Review').id}` },
      { method: 'PATCH', url: `/api/columns/${doing.id}`, payload: { wipLimit: 9 } },
      { method: 'PATCH', url: `/api/columns/${doing.id}`, payload: { name: 'Doing', wipLimit: null } },
      { method: 'POST', url: `/api/teams/${lead.teamId}/invites` },
      { method: 'GET', url: `/api/teams/${lead.teamId}/invites` },
    ] as const;
    for (const request of leadOnly) {
      const res = await ben.inject(request);
      expect(res.statusCode, `${request.method} ${request.url}`).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
      expect(res.json().detail).toMatch(/Only a team lead can/);
    }
    expect(await snapshot(t.db)).toBe(before);

    // The lead may.
    for (const request of leadOnly.slice(2, 5)) {
      expect((await lead.inject(request)).statusCode, `${request.method} ${request.url}`).toBeLessThan(300);
    }
    expect((await lead.inject({ method: 'DELETE', url: `/api/boards/${board.id}` })).statusCode).toBe(204);
    expect((await lead.inject({ method: 'GET', url: `/api/boards/${board.id}` })).statusCode).toBe(404);
    expect(await t.db.prisma.card.count({ where: { boardId: board.id } })).toBe(0);
  });
});
