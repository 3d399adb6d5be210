import type { Campaign, Kpi } from '@echoboard/contracts';

/** One place for how campaign figures read, on the campaigns page and in the sprint review. */
export const percent = (ratio: number | null) => (ratio === null ? '—' : `${Math.round(ratio * 100)} %`);

export const BUDGET_TEXT: Record<Campaign['budget']['state'], string> = {
  within: 'within budget',
  near: 'near the budget',
  over: 'over budget',
};

export const KPI_STATE_TEXT: Record<Kpi['state'], string> = {
  met: 'Met',
  'on-track': 'On track',
  behind: 'Behind',
  'no-data': 'No data yet',
};
