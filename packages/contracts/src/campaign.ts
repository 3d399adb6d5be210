import { MONEY_MAX_MINOR } from '@echoboard/domain';
import { z } from 'zod';
import { CalendarDate, Id, Timestamp } from './common.ts';

/*
 * Campaigns the team's cards serve, with money in integer minor units (cents) of the campaign's
 * currency, so sums and ROI never suffer float rounding. The web app parses "1,234.50" with the
 * domain's parseMoney before sending.
 */

const Money = z
  .number({ message: 'must be an amount in cents (a whole number)' })
  .int('must be a whole number of cents')
  .min(0, 'must not be negative')
  .max(MONEY_MAX_MINOR, 'is too large');

const Name = (what: string, max: number) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

export const KpiDirection = z.enum(['increase', 'decrease']);

export const Kpi = z
  .object({
    id: Id,
    campaignId: Id,
    name: z.string(),
    unit: z.string(),
    direction: KpiDirection,
    /** A leading indicator (e.g. customer lifetime value) rather than a result. */
    leading: z.boolean(),
    baseline: z.number(),
    target: z.number(),
    actual: z.number().nullable(),
    /** Share of the way from baseline to target; null without an actual. */
    progress: z.number().nullable(),
    state: z.enum(['no-data', 'met', 'on-track', 'behind']),
    updatedAt: Timestamp,
  })
  .meta({ id: 'Kpi' });
export type Kpi = z.infer<typeof Kpi>;

export const Campaign = z
  .object({
    id: Id,
    teamId: Id,
    name: z.string(),
    channels: z.array(z.string()),
    currency: z.string(),
    budgetMinor: z.number().int(),
    spendMinor: z.number().int(),
    revenueMinor: z.number().int(),
    startDate: CalendarDate.nullable(),
    endDate: CalendarDate.nullable(),
    /** (revenue − spend) / spend; null when nothing was spent. */
    roi: z.number().nullable(),
    budget: z.object({
      remainingMinor: z.number().int(),
      ratio: z.number().nullable(),
      state: z.enum(['within', 'near', 'over']),
    }),
    cardCount: z.number().int(),
    kpis: z.array(Kpi),
    createdAt: Timestamp,
  })
  .meta({ id: 'Campaign' });
export type Campaign = z.infer<typeof Campaign>;

export const CampaignDetail = Campaign.extend({
  cards: z.array(
    z.object({
      id: Id,
      title: z.string(),
      effort: z.number().nullable(),
      /** Where the card is: a column's name, 'Backlog', or the sprint it was planned or done in. */
      where: z.string(),
      sprintId: Id.nullable(),
    }),
  ),
  sprints: z.array(z.object({ id: Id, name: z.string(), state: z.enum(['planned', 'active', 'completed']) })),
}).meta({ id: 'CampaignDetail' });
export type CampaignDetail = z.infer<typeof CampaignDetail>;

export const CampaignParams = z.object({ campaignId: Id });
export const KpiParams = z.object({ kpiId: Id });

const campaignFields = {
  name: Name('Campaign name', 120),
  channels: z
    .array(Name('A channel', 40))
    .max(12, 'At most 12 channels')
    .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, 'Channels must be different'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR or USD'),
  budgetMinor: Money,
  spendMinor: Money,
  revenueMinor: Money,
  startDate: CalendarDate.nullable(),
  endDate: CalendarDate.nullable(),
};

const datesInOrder = (b: { startDate?: string | null; endDate?: string | null }) =>
  !b.startDate || !b.endDate || b.startDate <= b.endDate;
const DATES_MESSAGE = { message: 'The end date must not be before the start date', path: ['endDate'] };

export const CreateCampaignBody = z
  .strictObject({ ...campaignFields, channels: campaignFields.channels.optional() })
  .partial()
  .required({ name: true })
  .refine(datesInOrder, DATES_MESSAGE);
export type CreateCampaignBody = z.infer<typeof CreateCampaignBody>;

export const UpdateCampaignBody = z
  .strictObject(campaignFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' })
  .refine(datesInOrder, DATES_MESSAGE);
export type UpdateCampaignBody = z.infer<typeof UpdateCampaignBody>;

const KpiNumber = z.number({ message: 'must be a number' }).finite().min(-1e12).max(1e12);

const kpiFields = {
  name: Name('KPI name', 80),
  unit: z.string().trim().max(20, 'Unit must be at most 20 characters'),
  direction: KpiDirection,
  leading: z.boolean(),
  baseline: KpiNumber,
  target: KpiNumber,
  actual: KpiNumber.nullable(),
};

export const CreateKpiBody = z.strictObject(kpiFields).partial().required({ name: true, target: true });
export type CreateKpiBody = z.infer<typeof CreateKpiBody>;

export const UpdateKpiBody = z
  .strictObject(kpiFields)
  .partial()
  .refine((b) => Object.keys(b).length > 0, { message: 'Send at least one field to change' });
export type UpdateKpiBody = z.infer<typeof UpdateKpiBody>;
