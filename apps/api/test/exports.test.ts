import { describe, expect, it } from 'vitest';
import { addCards, createBoard, signUp, useTestApp } from './helper.ts';

describe('CSV exports', () => {
  const t = useTestApp();

  it('exports cards as RFC 4180 CSV with unicode intact and formulas defused', async () => {
    const board = await createBoard(t.as, 'Q4 board');
    await addCards(t.as, board, 'To do', ['=HYPERLINK("http://x")', 'Café ☕, "launch"']);
    const res = await t.as.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/export/cards.csv` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="echoboard-cards-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'id,title,board,column,sprint,campaign,effort,labels,due_date,assignee,blocked_reason,description,created_at,archived_at',
    );
    expect(lines[1]).toContain(`,"'=HYPERLINK(""http://x"")",Q4 board,To do,`);
    expect(lines[2]).toContain(',"Café ☕, ""launch""",Q4 board,To do,');
    expect(lines.at(-1)).toBe('');
  });

  it('exports campaign metrics one row per KPI, amounts in major units', async () => {
    const campaign = (
      await t.as.inject({
        method: 'POST',
        url: `/api/teams/${t.as.teamId}/campaigns`,
        payload: { name: 'Spring', currency: 'USD', budgetMinor: 1_000_00, spendMinor: 12_34 },
      })
    ).json();
    for (const name of ['CTR', 'Sign-ups']) {
      await t.as.inject({ method: 'POST', url: `/api/campaigns/${campaign.id}/kpis`, payload: { name, target: 10 } });
    }
    const res = await t.as.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/export/campaigns.csv` });
    const lines = res.body.split('\r\n');
    expect(lines.slice(1, 3)).toEqual([
      'Spring,,USD,1000.00,12.34,0.00,CTR,,false,0,10,',
      'Spring,,USD,1000.00,12.34,0.00,Sign-ups,,false,0,10,',
    ]);
  });

  it('refuses unknown kinds with a list of the valid ones, and other teams with 404', async () => {
    const bad = await t.as.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/export/passwords.csv` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].message).toContain('cards.csv, sprints.csv, feedback.csv, campaigns.csv');
    const stranger = await signUp(t.app, { name: 'Stranger' });
    const hidden = await stranger.inject({ method: 'GET', url: `/api/teams/${t.as.teamId}/export/feedback.csv` });
    expect(hidden.statusCode).toBe(404);
  });
});
