import type { Role } from '@echoboard/domain';
import type { Database } from '../db/database.ts';
import type { Tx } from '../db/transaction.ts';
import { AppError, notFound } from '../errors.ts';
import type { AuthUser } from './auth/sessions.ts';

type Client = Database['prisma'] | Tx;

export interface Access {
  teamId: string;
  role: Role;
}

/*
 * Object-level authorisation. Each helper finds the caller's membership in the team that owns the
 * resource, in one query. A resource of another team is answered exactly like one that does not
 * exist (the same 404 code and message), so ids of other teams leak nothing.
 */

const membership = (client: Client, userId: string, team: object) =>
  client.membership.findFirst({ where: { userId, team }, select: { teamId: true, role: true } });

export async function requireTeam(client: Client, user: AuthUser, teamId: string): Promise<Access> {
  const access = await membership(client, user.id, { id: teamId });
  if (!access) throw new AppError('TEAM_NOT_FOUND', `No team with id ${teamId} that you belong to.`);
  return access;
}

export async function requireBoard(client: Client, user: AuthUser, boardId: string): Promise<Access> {
  const access = await membership(client, user.id, { boards: { some: { id: boardId } } });
  if (!access) throw notFound('BOARD_NOT_FOUND', boardId);
  return access;
}

export async function requireColumn(client: Client, user: AuthUser, columnId: string): Promise<Access> {
  const access = await membership(client, user.id, { boards: { some: { columns: { some: { id: columnId } } } } });
  if (!access) throw notFound('COLUMN_NOT_FOUND', columnId);
  return access;
}

export async function requireCard(client: Client, user: AuthUser, cardId: string): Promise<Access> {
  const access = await membership(client, user.id, { cards: { some: { id: cardId } } });
  if (!access) throw notFound('CARD_NOT_FOUND', cardId);
  return access;
}

export async function requireCampaign(client: Client, user: AuthUser, campaignId: string): Promise<Access> {
  const access = await membership(client, user.id, { campaigns: { some: { id: campaignId } } });
  if (!access) throw new AppError('CAMPAIGN_NOT_FOUND', `No campaign with id ${campaignId} in your teams.`);
  return access;
}

export async function requireKpi(client: Client, user: AuthUser, kpiId: string): Promise<Access> {
  const access = await membership(client, user.id, { campaigns: { some: { kpis: { some: { id: kpiId } } } } });
  if (!access) throw new AppError('KPI_NOT_FOUND', `No KPI with id ${kpiId} in your teams.`);
  return access;
}

export async function requireEffort(client: Client, user: AuthUser, effortId: string): Promise<Access> {
  const access = await membership(client, user.id, { cards: { some: { effortLogs: { some: { id: effortId } } } } });
  if (!access) throw new AppError('EFFORT_NOT_FOUND', `No effort entry with id ${effortId} in your teams.`);
  return access;
}

export async function requireChecklistItem(client: Client, user: AuthUser, itemId: string): Promise<Access> {
  const access = await membership(client, user.id, { cards: { some: { checklistItems: { some: { id: itemId } } } } });
  if (!access) throw new AppError('CHECKLIST_ITEM_NOT_FOUND', `No checklist item with id ${itemId} in your teams.`);
  return access;
}

export async function requireComment(client: Client, user: AuthUser, commentId: string): Promise<Access> {
  const access = await membership(client, user.id, { cards: { some: { comments: { some: { id: commentId } } } } });
  if (!access) throw new AppError('COMMENT_NOT_FOUND', `No comment with id ${commentId} in your teams.`);
  return access;
}

export async function requireSprint(client: Client, user: AuthUser, sprintId: string): Promise<Access> {
  const access = await membership(client, user.id, { boards: { some: { sprints: { some: { id: sprintId } } } } });
  if (!access) throw notFound('SPRINT_NOT_FOUND', sprintId);
  return access;
}

export async function requireFeedbackLink(client: Client, user: AuthUser, linkId: string): Promise<Access> {
  const link = { feedbackLinks: { some: { id: linkId } } };
  const access = await membership(client, user.id, { boards: { some: { sprints: { some: link } } } });
  if (!access) throw new AppError('NOT_FOUND', `No feedback link with id ${linkId} in your teams.`);
  return access;
}

export async function requireReviewLink(client: Client, user: AuthUser, linkId: string): Promise<Access> {
  const link = { reviewLinks: { some: { id: linkId } } };
  const access = await membership(client, user.id, { boards: { some: { sprints: { some: link } } } });
  if (!access) throw new AppError('NOT_FOUND', `No review link with id ${linkId} in your teams.`);
  return access;
}

export async function requireFeedback(client: Client, user: AuthUser, feedbackId: string): Promise<Access> {
  const access = await membership(client, user.id, { feedback: { some: { id: feedbackId } } });
  if (!access) throw new AppError('FEEDBACK_NOT_FOUND', `No feedback with id ${feedbackId} in your teams.`);
  return access;
}

/** Lead-only actions on one's own team: a 403 here tells a member nothing they did not know. */
export function requireLead(access: Access, action: string): void {
  if (access.role !== 'lead') {
    throw new AppError('FORBIDDEN', `Only a team lead can ${action}. Ask one of your team's leads.`);
  }
}
