import type { Kpi } from '@echoboard/contracts';
import { checkKpiTarget } from '@echoboard/domain';
import { useState } from 'react';
import { createKpi, deleteKpi, updateKpi } from '../../api/campaigns.ts';
import { describeError } from '../../api/client.ts';
import { useAppStore } from '../../store/index.ts';
import { KPI_STATE_TEXT } from './format.ts';

const asNumber = (text: string) => (text.trim() === '' ? null : Number(text));

/** A campaign's KPIs against their targets; anyone on the team records actuals. */
export function KpiTable({ campaignId, kpis, onChange }: { campaignId: string; kpis: Kpi[]; onChange: () => void }) {
  const pushNotice = useAppStore((s) => s.pushNotice);
  const [name, setName] = useState('');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [direction, setDirection] = useState<'increase' | 'decrease'>('increase');
  const [leading, setLeading] = useState(false);

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (e) {
      pushNotice(describeError(e));
    }
    onChange();
  };

  return (
    <>
      <div className="review__table-scroll">
        <table className="review__table">
          <caption>KPIs against targets</caption>
          <thead>
            <tr>
              <th scope="col">KPI</th>
              <th scope="col">Baseline</th>
              <th scope="col">Target</th>
              <th scope="col">Actual</th>
              <th scope="col">Progress</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((kpi) => (
              <tr key={kpi.id}>
                <th scope="row">
                  {kpi.name}
                  {kpi.unit ? ` (${kpi.unit})` : ''}
                  {kpi.leading ? ' · leading indicator' : ''}
                  {kpi.direction === 'decrease' ? ' · lower is better' : ''}
                </th>
                <td>{kpi.baseline}</td>
                <td>{kpi.target}</td>
                <td>
                  <input
                    className="input input--narrow"
                    aria-label={`Actual ${kpi.name}`}
                    type="number"
                    defaultValue={kpi.actual ?? ''}
                    onBlur={(e) => {
                      const actual = asNumber(e.target.value);
                      if (actual !== kpi.actual && (actual === null || Number.isFinite(actual))) {
                        void run(() => updateKpi(kpi.id, { actual }));
                      }
                    }}
                  />
                </td>
                <td>
                  {KPI_STATE_TEXT[kpi.state]}
                  {kpi.progress === null ? '' : ` (${Math.round(kpi.progress * 100)} %)`}
                </td>
                <td>
                  <button type="button" className="button" onClick={() => void run(() => deleteKpi(kpi.id))}>
                    Remove <span className="visually-hidden">{kpi.name}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        className="kpi-form"
        onSubmit={(e) => {
          e.preventDefault();
          const goal = asNumber(target);
          const from = asNumber(baseline) ?? 0;
          if (!name.trim() || goal === null || !Number.isFinite(goal) || !Number.isFinite(from)) {
            pushNotice('Give the KPI a name and a numeric target (and baseline, if any).');
            return;
          }
          // The server's own rule: the target lies the good way from the baseline.
          const checked = checkKpiTarget({ direction, baseline: from, target: goal });
          if (!checked.ok) {
            pushNotice(`${checked.error.message}.`);
            return;
          }
          void run(() => createKpi(campaignId, { name, baseline: from, target: goal, direction, leading })).then(() => {
            setName('');
            setBaseline('');
            setTarget('');
          });
        }}
      >
        <label>
          New KPI <input className="input" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Baseline{' '}
          <input
            className="input input--narrow"
            type="number"
            placeholder="0"
            value={baseline}
            onChange={(e) => setBaseline(e.target.value)}
          />
        </label>
        <label>
          Target{' '}
          <input
            className="input input--narrow"
            type="number"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        <label>
          Good when it{' '}
          <select value={direction} onChange={(e) => setDirection(e.target.value as 'increase' | 'decrease')}>
            <option value="increase">rises</option>
            <option value="decrease">falls</option>
          </select>
        </label>
        <label>
          <input type="checkbox" checked={leading} onChange={(e) => setLeading(e.target.checked)} /> Leading indicator
        </label>
        <button type="submit" className="button">
          Add KPI
        </button>
      </form>
    </>
  );
}
