import { useCallback, useMemo, useState } from 'react';
import { createCampaign, deleteCampaign, getCampaign, listCampaigns, updateCampaign } from '../../api/campaigns.ts';
import { describeError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { LoadError } from '../common/LoadError.tsx';
import { Loading } from '../common/Loading.tsx';
import { useLoad } from '../common/useLoad.ts';
import '../review/review.css';
import { CampaignForm } from './CampaignForm.tsx';
import { draftOf, emptyDraft } from './campaignForm.ts';
import { BUDGET_TEXT, money, percent } from './format.ts';
import { KpiTable } from './KpiTable.tsx';

/** The team's campaigns: spend against budget, ROI, KPIs, and the cards that served each. */
export default function CampaignsPage({ teamId, isLead }: { teamId: string; isLead: boolean }) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  const listed = useLoad(useCallback(() => listCampaigns(teamId), [teamId]));
  const campaigns = listed.data;
  const [openId, setOpenId] = useState<string | null>(null);
  const detail = useLoad(useMemo(() => (openId ? () => getCampaign(openId) : null), [openId]));
  const open = detail.data;
  const [mode, setMode] = useState<'view' | 'create' | 'edit'>('view');
  // After a write: the figures in the list and in the open campaign.
  const refresh = () => {
    listed.reload();
    detail.reload();
  };

  const failed = listed.error ? listed : detail.error ? detail : null;
  if (failed) return <LoadError title="Could not load campaigns" error={failed.error} retry={failed.reload} />;
  if (!campaigns) return <Loading>Loading campaigns…</Loading>;
  return (
    <section className="review" aria-labelledby="campaigns-title">
      <header className="review__header">
        <h1 id="campaigns-title">Campaigns</h1>
        {isLead && mode !== 'create' ? (
          <button type="button" className="button button--primary" onClick={() => setMode('create')}>
            New campaign
          </button>
        ) : null}
      </header>
      {mode === 'create' ? (
        <CampaignForm
          initial={emptyDraft}
          submitLabel="Create campaign"
          onCancel={() => setMode('view')}
          onSubmit={async (body) => {
            const created = await createCampaign(teamId, body);
            setMode('view');
            listed.reload();
            setOpenId(created.id);
          }}
        />
      ) : null}
      {campaigns.length === 0 ? (
        <p>No campaigns yet. {isLead ? 'Create one with “New campaign”.' : 'A team lead can create one.'}</p>
      ) : (
        <div className="review__table-scroll">
          <table className="review__table">
            <caption>Spend against budget and return on investment</caption>
            <thead>
              <tr>
                <th scope="col">Campaign</th>
                <th scope="col">Spend / budget</th>
                <th scope="col">Revenue</th>
                <th scope="col">ROI</th>
                <th scope="col">Cards</th>
              </tr>
            </thead>
            <tbody>
              {campaigns.map((c) => (
                <tr key={c.id} aria-current={openId === c.id ? 'true' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setOpenId(c.id);
                        setMode('view');
                      }}
                    >
                      {c.name}
                    </button>
                  </th>
                  <td>
                    {money(c.spendMinor, c.currency)} / {money(c.budgetMinor, c.currency)} ({percent(c.budget.ratio)},{' '}
                    {BUDGET_TEXT[c.budget.state]})
                  </td>
                  <td>{money(c.revenueMinor, c.currency)}</td>
                  <td>{percent(c.roi)}</td>
                  <td>{c.cardCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {openId && !open ? <Loading>Loading the campaign…</Loading> : null}
      {open ? (
        <article className="review__section" aria-labelledby="campaign-title">
          <h2 id="campaign-title">{open.name}</h2>
          <p>
            {open.channels.length ? `Channels: ${open.channels.join(', ')}. ` : ''}
            {open.startDate ? `${open.startDate} to ${open.endDate ?? '…'}. ` : ''}ROI {percent(open.roi)}.
          </p>
          {mode === 'edit' ? (
            <CampaignForm
              initial={draftOf(open)}
              submitLabel="Save campaign"
              onCancel={() => setMode('view')}
              onSubmit={async (body) => {
                await updateCampaign(open.id, body);
                setMode('view');
                refresh();
              }}
            />
          ) : (
            <div className="form__buttons">
              <button type="button" className="button" onClick={() => setMode('edit')}>
                Edit figures
              </button>
              {isLead ? (
                <button
                  type="button"
                  className="button button--danger"
                  onClick={async () => {
                    try {
                      await deleteCampaign(open.id);
                      setOpenId(null);
                      listed.reload();
                    } catch (e) {
                      pushNotice(describeError(e));
                    }
                  }}
                >
                  Delete campaign
                </button>
              ) : null}
            </div>
          )}
          <KpiTable campaignId={open.id} kpis={open.kpis} onChange={refresh} />
          <h3>Cards serving it</h3>
          {open.cards.length === 0 ? (
            <p>No cards yet: pick this campaign in a card's editor.</p>
          ) : (
            <ul>
              {open.cards.map((card) => (
                <li key={card.id}>
                  {card.title} — {card.where}
                  {card.effort === null ? '' : ` (${card.effort} pts)`}
                </li>
              ))}
            </ul>
          )}
          {open.sprints.length ? <p>Sprints: {open.sprints.map((s) => s.name).join(', ')}</p> : null}
        </article>
      ) : null}
    </section>
  );
}
