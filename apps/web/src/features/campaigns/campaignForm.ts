import { formatMoney, parseMoney } from '@echoboard/domain';

/** What the campaign form holds: text as typed, so an invalid amount is kept for correction. */
export interface CampaignDraft {
  name: string;
  channels: string;
  currency: string;
  budget: string;
  spend: string;
  revenue: string;
  startDate: string;
  endDate: string;
}

export const emptyDraft: CampaignDraft = {
  name: '',
  channels: '',
  currency: 'EUR',
  budget: '0',
  spend: '0',
  revenue: '0',
  startDate: '',
  endDate: '',
};

export const draftOf = (c: {
  name: string;
  channels: string[];
  currency: string;
  budgetMinor: number;
  spendMinor: number;
  revenueMinor: number;
  startDate: string | null;
  endDate: string | null;
}): CampaignDraft => ({
  name: c.name,
  channels: c.channels.join(', '),
  currency: c.currency,
  budget: formatMoney(c.budgetMinor),
  spend: formatMoney(c.spendMinor),
  revenue: formatMoney(c.revenueMinor),
  startDate: c.startDate ?? '',
  endDate: c.endDate ?? '',
});

export type DraftErrors = Partial<Record<keyof CampaignDraft, string>>;

/** Parse the form into a request body, or field errors shown next to the fields. */
export function parseDraft(draft: CampaignDraft) {
  const errors: DraftErrors = {};
  const money = (field: 'budget' | 'spend' | 'revenue') => {
    const parsed = parseMoney(draft[field], field);
    if (!parsed.ok) errors[field] = parsed.error.message;
    return parsed.ok ? parsed.value : 0;
  };
  const body = {
    name: draft.name,
    channels: draft.channels
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    currency: draft.currency.trim().toUpperCase(),
    budgetMinor: money('budget'),
    spendMinor: money('spend'),
    revenueMinor: money('revenue'),
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
  };
  return { body, errors };
}

const FIELD_OF_SERVER: Record<string, keyof CampaignDraft> = {
  budgetMinor: 'budget',
  spendMinor: 'spend',
  revenueMinor: 'revenue',
};

/** The server's field errors (keyed by body field) as the form's. */
export const draftErrors = (server: Record<string, string>): DraftErrors =>
  Object.fromEntries(
    Object.entries(server).map(([field, message]) => [FIELD_OF_SERVER[field] ?? field, message]),
  ) as DraftErrors;
