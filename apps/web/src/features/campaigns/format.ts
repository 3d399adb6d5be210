import type { Campaign, Kpi } from '@echoboard/contracts';
import { formatMoney } from '@echoboard/domain';

/** One place for how campaign figures read, on the campaigns page and in the sprint review. */
export const percent = (ratio: number | null) => (ratio === null ? '—' : `${Math.round(ratio * 100)} %`);

const moneyFormats = new Map<string, Intl.NumberFormat | null>();

/**
 * An amount kept in cents as the viewer's locale writes money ("€4,350.00" in English, "4 350,00 €"
 * in French). The form and the CSV keep the plain "4350.00", which reads back unambiguously.
 */
export function money(minor: number, currency: string, locale?: string): string {
  const key = `${locale ?? ''}|${currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    } catch {
      format = null;
    }
    moneyFormats.set(key, format);
  }
  // Display only: cents as a float are exact far beyond any budget.
  return format ? format.format(minor / 100) : `${formatMoney(minor)} ${currency}`;
}

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
