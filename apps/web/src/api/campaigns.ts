import type {
  Campaign,
  CampaignDetail,
  CreateCampaignBody,
  CreateKpiBody,
  Kpi,
  UpdateCampaignBody,
  UpdateKpiBody,
} from '@echoboard/contracts';
import { request } from './client.ts';

const campaign = (id: string) => `/campaigns/${encodeURIComponent(id)}`;

export const listCampaigns = (teamId: string) => request<Campaign[]>(`/teams/${encodeURIComponent(teamId)}/campaigns`);
export const createCampaign = (teamId: string, body: CreateCampaignBody) =>
  request<Campaign>(`/teams/${encodeURIComponent(teamId)}/campaigns`, { method: 'POST', body });
export const getCampaign = (id: string) => request<CampaignDetail>(campaign(id));
export const updateCampaign = (id: string, body: UpdateCampaignBody) =>
  request<Campaign>(campaign(id), { method: 'PATCH', body });
export const deleteCampaign = (id: string) => request<void>(campaign(id), { method: 'DELETE' });
export const createKpi = (campaignId: string, body: CreateKpiBody) =>
  request<Kpi>(`${campaign(campaignId)}/kpis`, { method: 'POST', body });
export const updateKpi = (kpiId: string, body: UpdateKpiBody) =>
  request<Kpi>(`/kpis/${encodeURIComponent(kpiId)}`, { method: 'PATCH', body });
export const deleteKpi = (kpiId: string) => request<void>(`/kpis/${encodeURIComponent(kpiId)}`, { method: 'DELETE' });
