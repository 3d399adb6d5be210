import {
  Campaign,
  CampaignDetail,
  CampaignParams,
  CreateCampaignBody,
  CreateKpiBody,
  Kpi,
  KpiParams,
  Problem,
  TeamParams,
  UpdateCampaignBody,
  UpdateKpiBody,
} from '@echoboard/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/auth.ts';
import { requireCampaign, requireKpi, requireLead, requireTeam } from '../access.ts';
import {
  createCampaign,
  createKpi,
  deleteCampaign,
  deleteKpi,
  listCampaigns,
  loadCampaign,
  updateCampaign,
  updateKpi,
} from './campaigns.service.ts';

/**
 * Campaigns and their KPIs. Any member may record spend, revenue and KPI actuals (the people
 * running a channel know them); creating and deleting campaigns is for leads.
 */
const campaignsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['campaigns'];
  const errors = { 400: Problem, 403: Problem, 404: Problem };

  app.get(
    '/teams/:teamId/campaigns',
    {
      schema: {
        tags,
        summary: "The team's campaigns, newest first",
        params: TeamParams,
        response: { 200: z.array(Campaign), ...errors },
      },
    },
    async (request) => {
      await requireTeam(app.db.prisma, currentUser(request), request.params.teamId);
      return listCampaigns(app.db, request.params.teamId);
    },
  );

  app.post(
    '/teams/:teamId/campaigns',
    {
      schema: {
        tags,
        summary: 'Create a campaign (leads)',
        params: TeamParams,
        body: CreateCampaignBody,
        response: { 201: Campaign, ...errors },
      },
    },
    async (request, reply) => {
      requireLead(await requireTeam(app.db.prisma, currentUser(request), request.params.teamId), 'create campaigns');
      return reply.code(201).send(await createCampaign(app.db, request.params.teamId, request.body));
    },
  );

  app.get(
    '/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: 'A campaign with ROI, budget use, KPIs against targets, and the cards and sprints that served it',
        params: CampaignParams,
        response: { 200: CampaignDetail, ...errors },
      },
    },
    async (request) => {
      await requireCampaign(app.db.prisma, currentUser(request), request.params.campaignId);
      return loadCampaign(app.db, request.params.campaignId);
    },
  );

  app.patch(
    '/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: 'Edit a campaign: name, channels, budget, spend, revenue, dates',
        params: CampaignParams,
        body: UpdateCampaignBody,
        response: { 200: Campaign, ...errors },
      },
    },
    async (request) => {
      await requireCampaign(app.db.prisma, currentUser(request), request.params.campaignId);
      return updateCampaign(app.db, request.params.campaignId, request.body);
    },
  );

  app.delete(
    '/campaigns/:campaignId',
    {
      schema: {
        tags,
        summary: 'Delete a campaign (leads); its cards stay, without a campaign',
        params: CampaignParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const access = await requireCampaign(app.db.prisma, currentUser(request), request.params.campaignId);
      requireLead(access, 'delete campaigns');
      await deleteCampaign(app.db, request.params.campaignId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/campaigns/:campaignId/kpis',
    {
      schema: {
        tags,
        summary: 'Add a KPI with its target to a campaign',
        params: CampaignParams,
        body: CreateKpiBody,
        response: { 201: Kpi, ...errors },
      },
    },
    async (request, reply) => {
      await requireCampaign(app.db.prisma, currentUser(request), request.params.campaignId);
      return reply.code(201).send(await createKpi(app.db, request.params.campaignId, request.body));
    },
  );

  app.patch(
    '/kpis/:kpiId',
    {
      schema: {
        tags,
        summary: "Edit a KPI, e.g. record this week's actual",
        params: KpiParams,
        body: UpdateKpiBody,
        response: { 200: Kpi, ...errors },
      },
    },
    async (request) => {
      await requireKpi(app.db.prisma, currentUser(request), request.params.kpiId);
      return updateKpi(app.db, request.params.kpiId, request.body);
    },
  );

  app.delete(
    '/kpis/:kpiId',
    { schema: { tags, summary: 'Remove a KPI', params: KpiParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await requireKpi(app.db.prisma, currentUser(request), request.params.kpiId);
      await deleteKpi(app.db, request.params.kpiId);
      return reply.code(204).send(null);
    },
  );
};

export default campaignsRoutes;
