import { describe, expect, it } from 'vitest';
import { addCards, createBoard, join, signUp, snapshot, useTestApp } from './helper.ts';

describe('campaigns', () => {
  const t = useTestApp();

  const create = (payload: object) =>
    t.as.inject({ method: 'POST', url: `/api/teams/${t.as.teamId}/campaigns`, payload });

  it('creates a campaign and reports ROI and budget use from amounts in cents', async () => {
    const res = await create({
      name: 'Spring launch',
      channels: ['Email', 'Paid social'],
      currency: 'EUR',
      budgetMinor: 1_000_000,
      spendMinor: 950_000,
      revenueMinor: 1_425_000,
      startDate: '2026-03-01',
      endDate: '2026-04-30',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Spring launch',
      channels: ['Email', 'Paid social'],
      budgetMinor: 1_000_000,
      spendMinor: 950_000,
      roi: 0.5,
      budget: { remainingMinor: 50_000, ratio: 0.95, state: 'near' },
      cardCount: 0,
      kpis: [],
    });
    const list = await t.as.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/campaigns` });
    expect(list.json().map((c: { name: string }) => c.name)).toContain('Spring launch');
  });

  it('has no ROI before anything is spent, and records spend later', async () => {
    const campaign = (await create({ name: 'Webinar series', budgetMinor: 500_00 })).json();
    expect(campaign.roi).toBeNull();
    const res = await t.as.inject({
      method: 'PATCH',
      url: `/api/campaigns/${campaign.id}`,
      payload: { spendMinor: 600_00, revenueMinor: 300_00 },
    });
    expect(res.json()).toMatchObject({ roi: -0.5, budget: { state: 'over', remainingMinor: -100_00 } });
  });

  it('tracks KPIs against targets, including leading indicators and falling KPIs', async () => {
    const campaign = (await create({ name: 'Retention push' })).json();
    const signups = await t.as.inject({
      method: 'POST',
      url: `/api/campaigns/${campaign.id}/kpis`,
      payload: { name: 'Sign-ups', baseline: 100, target: 300, actual: 320 },
    });
    expect(signups.statusCode, signups.body).toBe(201);
    expect(signups.json()).toMatchObject({ direction: 'increase', progress: 1.1, state: 'met', leading: false });
    const cpl = await t.as.inject({
      method: 'POST',
      url: `/api/campaigns/${campaign.id}/kpis`,
      payload: { name: 'Cost per lead', unit: 'EUR', direction: 'decrease', baseline: 40, target: 20, actual: 30 },
    });
    expect(cpl.json()).toMatchObject({ progress: 0.5, state: 'behind' });
    const clv = await t.as.inject({
      method: 'POST',
      url: `/api/campaigns/${campaign.id}/kpis`,
      payload: { name: 'Customer lifetime value', leading: true, target: 900 },
    });
    expect(clv.json()).toMatchObject({ state: 'no-data', actual: null });
    const updated = await t.as.inject({ method: 'PATCH', url: `/api/kpis/${clv.json().id}`, payload: { actual: 950 } });
    expect(updated.json()).toMatchObject({ state: 'met' });
    const detail = await t.as.inject({ method: 'GET', url: `/api/campaigns/${campaign.id}` });
    expect(detail.json().kpis.map((k: { name: string }) => k.name)).toEqual([
      'Cost per lead',
      'Sign-ups',
      'Customer lifetime value',
    ]);
  });

  it('refuses a target on the wrong side of the baseline for its direction, changing nothing', async () => {
    const campaign = (await create({ name: 'Launch' })).json();
    const kpis = `/api/campaigns/${campaign.id}/kpis`;
    const signups = (
      await t.as.inject({ method: 'POST', url: kpis, payload: { name: 'Sign-ups', baseline: 100, target: 300 } })
    ).json();
    const before = await snapshot(t.db);
    const refusals: [string, string, object, string][] = [
      ['POST', kpis, { name: 'Sign-ups', baseline: 100, target: 50, actual: 80 }, 'above its baseline (100)'],
      ['POST', kpis, { name: 'Churn', direction: 'decrease', target: 5 }, 'below its baseline (0)'],
      ['PATCH', `/api/kpis/${signups.id}`, { target: 100 }, 'above its baseline (100)'],
      ['PATCH', `/api/kpis/${signups.id}`, { direction: 'decrease' }, 'below its baseline (100)'],
    ];
    for (const [method, url, payload, says] of refusals) {
      const res = await t.as.inject({ method: method as 'POST' | 'PATCH', url, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'body.target', message: expect.stringContaining(says) }]);
    }
    expect(await snapshot(t.db)).toEqual(before);
    const turned = await t.as.inject({
      method: 'PATCH',
      url: `/api/kpis/${signups.id}`,
      payload: { direction: 'decrease', target: 40 },
    });
    expect(turned.json()).toMatchObject({ direction: 'decrease', baseline: 100, target: 40 });
  });

  it('links cards of the team to a campaign and lists where they are', async () => {
    const campaign = (await create({ name: 'Autumn sale' })).json();
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Sale banner']);
    const linked = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card.id}`,
      payload: { campaignId: campaign.id },
    });
    expect(linked.json()).toMatchObject({ campaignId: campaign.id });
    const detail = (await t.as.inject({ method: 'GET', url: `/api/campaigns/${campaign.id}` })).json();
    expect(detail).toMatchObject({ cardCount: 1, cards: [{ id: card.id, title: 'Sale banner', where: 'To do' }] });

    const other = await signUp(t.app, { name: 'Other lead' });
    const theirs = (
      await other.inject({ method: 'POST', url: `/api/teams/${other.teamId}/campaigns`, payload: { name: 'Theirs' } })
    ).json();
    const before = await snapshot(t.db);
    const refused = await t.as.inject({
      method: 'PATCH',
      url: `/api/cards/${card.id}`,
      payload: { campaignId: theirs.id },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'body.campaignId', message: 'is not a campaign of this team' }]);
    expect(await snapshot(t.db)).toEqual(before);

    const deleted = await t.as.inject({ method: 'DELETE', url: `/api/campaigns/${campaign.id}` });
    expect(deleted.statusCode).toBe(204);
    const card2 = await t.db.prisma.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(card2.campaignId).toBeNull();
  });

  it('refuses bad amounts, dates out of order and unknown currencies, changing nothing', async () => {
    const campaign = (await create({ name: 'Checked', startDate: '2026-05-01' })).json();
    const before = await snapshot(t.db);
    const cases: [object, string][] = [
      [{ name: 'X', budgetMinor: 12.5 }, 'body.budgetMinor'],
      [{ name: 'X', spendMinor: -1 }, 'body.spendMinor'],
      [{ name: 'X', currency: 'euro' }, 'body.currency'],
      [{ name: 'X', startDate: '2026-05-02', endDate: '2026-05-01' }, 'body.endDate'],
      [{ name: ' ' }, 'body.name'],
      [{ name: 'X', channels: ['Email', 'email'] }, 'body.channels'],
    ];
    for (const [payload, path] of cases) {
      const res = await create(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const patch = await t.as.inject({
      method: 'PATCH',
      url: `/api/campaigns/${campaign.id}`,
      payload: { endDate: '2026-04-30' },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors).toEqual([{ path: 'body.endDate', message: 'is before the start date' }]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('lets members record figures but only leads create and delete; other teams get 404', async () => {
    const campaign = (await create({ name: 'Members edit' })).json();
    const member = await join(t.app, t.as);
    expect(
      (await member.inject({ method: 'PATCH', url: `/api/campaigns/${campaign.id}`, payload: { spendMinor: 10 } }))
        .statusCode,
    ).toBe(200);
    expect((await member.inject({ method: 'DELETE', url: `/api/campaigns/${campaign.id}` })).statusCode).toBe(403);
    const created = await member.inject({
      method: 'POST',
      url: `/api/teams/${t.as.teamId}/campaigns`,
      payload: { name: 'Mine' },
    });
    expect(created.statusCode).toBe(403);
    const stranger = await signUp(t.app, { name: 'Stranger' });
    const seen = await stranger.inject({ method: 'GET', url: `/api/campaigns/${campaign.id}` });
    expect(seen.statusCode).toBe(404);
    expect(seen.json().code).toBe('CAMPAIGN_NOT_FOUND');
    const missing = await t.as.inject({ method: 'GET', url: '/api/campaigns/00000000-0000-4000-8000-000000000000' });
    expect(missing.json().detail).toBe(seen.json().detail.replace(campaign.id, '00000000-0000-4000-8000-000000000000'));
  });
});
