import { describe, expect, it } from 'vitest';
import { type Client, CSRF, join, signUp, snapshot, useTestApp } from './helper.ts';

describe('invites', () => {
  const t = useTestApp();

  const invite = async (lead: Client) => {
    const res = await lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/invites` });
    expect(res.statusCode).toBe(201);
    return res.json() as { token: string; url: string; invite: { id: string; status: string } };
  };
  const preview = (token: string) => t.app.inject({ method: 'GET', url: `/api/invites/${token}` });
  const accept = (person: Client, token: string) =>
    person.inject({ method: 'POST', url: `/api/invites/${token}/accept` });

  it('take a new person from the link, through sign-up, into the team, once', async () => {
    const lead = await signUp(t.app, { name: 'Lena Lead', team: 'Northwind' });
    const made = await invite(lead);
    expect(made.url).toBe(`/invite/${made.token}`);
    expect(made.invite.status).toBe('pending');
    // Only the hash is stored.
    expect(JSON.stringify(await t.db.prisma.invite.findMany())).not.toContain(made.token);

    // Anyone holding the link sees what it is for, without signing in.
    const seen = await preview(made.token);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ teamName: 'Northwind', invitedBy: 'Lena Lead', memberCount: 1 });

    // Accepting needs a session.
    const anonymous = await t.app.inject({ method: 'POST', url: `/api/invites/${made.token}/accept`, headers: CSRF });
    expect(anonymous.statusCode).toBe(401);

    const priya = await signUp(t.app, { name: 'Priya', team: false });
    const joined = await accept(priya, made.token);
    expect(joined.statusCode).toBe(200);
    expect(joined.json()).toMatchObject({ id: lead.teamId, name: 'Northwind', role: 'member', memberCount: 2 });

    // Single use: a second person, or the same one, gets the same 404 as for a made-up token.
    const marco = await signUp(t.app, { team: false });
    const reused = await accept(marco, made.token);
    const madeUp = await accept(marco, 'A'.repeat(43));
    expect(reused.statusCode).toBe(404);
    expect(reused.json()).toEqual(madeUp.json());
    expect(reused.json().code).toBe('INVITE_INVALID');
    expect((await preview(made.token)).json()).toEqual((await preview('A'.repeat(43))).json());

    const listed = (await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}/invites` })).json();
    expect(listed).toEqual([
      expect.objectContaining({
        id: made.invite.id,
        status: 'used',
        usedBy: { userId: priya.user.id, name: 'Priya' },
        createdBy: { userId: lead.user.id, name: 'Lena Lead' },
      }),
    ]);
  });

  it('expire after seven days and can be revoked; both then answer like unknown ones', async () => {
    const lead = await signUp(t.app);
    const person = await signUp(t.app, { team: false });

    const expiring = await invite(lead);
    const row = await t.db.prisma.invite.findUniqueOrThrow({ where: { id: expiring.invite.id } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    await t.db.prisma.invite.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const revoked = await invite(lead);
    expect((await preview(revoked.token)).statusCode).toBe(200);
    const revoke = await lead.inject({
      method: 'DELETE',
      url: `/api/teams/${lead.teamId}/invites/${revoked.invite.id}`,
    });
    expect(revoke.statusCode).toBe(204);

    const before = await snapshot(t.db);
    for (const token of [expiring.token, revoked.token]) {
      expect((await preview(token)).json().code).toBe('INVITE_INVALID');
      expect((await accept(person, token)).json().code).toBe('INVITE_INVALID');
    }
    expect(await snapshot(t.db)).toBe(before);
    const statuses = (await lead.inject({ method: 'GET', url: `/api/teams/${lead.teamId}/invites` }))
      .json()
      .map((i: { status: string }) => i.status)
      .sort();
    expect(statuses).toEqual(['expired', 'revoked']);
  });

  it('are not used up by someone already in the team', async () => {
    const lead = await signUp(t.app);
    const ben = await join(t.app, lead);
    const made = await invite(lead);
    const res = await accept(ben, made.token);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ALREADY_MEMBER');
    expect((await preview(made.token)).statusCode).toBe(200);
  });

  it('never let concurrent accepts take a team past ten members, nor use one invite twice', async () => {
    const lead = await signUp(t.app);
    for (let i = 0; i < 8; i++) await join(t.app, lead);
    // Nine members: room for one. Three people accept three invites at once.
    const tokens = [await invite(lead), await invite(lead), await invite(lead)].map((i) => i.token);
    const people = await Promise.all(tokens.map(() => signUp(t.app, { team: false })));
    const results = await Promise.all(people.map((p, i) => accept(p, tokens[i]!)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    expect(results.filter((r) => r.statusCode === 409).map((r) => r.json().code)).toEqual(['TEAM_FULL', 'TEAM_FULL']);
    expect(await t.db.prisma.membership.count({ where: { teamId: lead.teamId } })).toBe(10);

    // One invite, two people at once: one joins, the other is told the invite is not valid.
    const other = await signUp(t.app);
    const single = await invite(other);
    const racers = await Promise.all([signUp(t.app, { team: false }), signUp(t.app, { team: false })]);
    const race = await Promise.all(racers.map((p) => accept(p, single.token)));
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 404]);
    expect(await t.db.prisma.membership.count({ where: { teamId: other.teamId } })).toBe(2);
  });
});
