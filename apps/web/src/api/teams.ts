import type {
  CreatedInvite,
  CreateTeamBody,
  Invite,
  InvitePreview,
  TeamDetail,
  TeamSummary,
  UpdateMemberBody,
  UpdateTeamBody,
} from '@echoboard/contracts';
import { request } from './client.ts';

const team = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;

export const listTeams = () => request<TeamSummary[]>('/teams');
export const getTeam = (teamId: string) => request<TeamDetail>(team(teamId));
export const createTeam = (body: CreateTeamBody) => request<TeamDetail>('/teams', { method: 'POST', body });
export const updateTeam = (teamId: string, body: UpdateTeamBody) =>
  request<TeamDetail>(team(teamId), { method: 'PATCH', body });
export const updateMember = (teamId: string, userId: string, body: UpdateMemberBody) =>
  request<unknown>(`${team(teamId)}/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body });
export const removeMember = (teamId: string, userId: string) =>
  request<void>(`${team(teamId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
export const leaveTeam = (teamId: string) => request<void>(`${team(teamId)}/leave`, { method: 'POST' });

export const listInvites = (teamId: string) => request<Invite[]>(`${team(teamId)}/invites`);
export const createInvite = (teamId: string) =>
  request<CreatedInvite>(`${team(teamId)}/invites`, { method: 'POST', body: {} });
export const revokeInvite = (teamId: string, inviteId: string) =>
  request<void>(`${team(teamId)}/invites/${encodeURIComponent(inviteId)}`, { method: 'DELETE' });
export const previewInvite = (token: string) => request<InvitePreview>(`/invites/${encodeURIComponent(token)}`);
export const acceptInvite = (token: string) =>
  request<TeamSummary>(`/invites/${encodeURIComponent(token)}/accept`, { method: 'POST', body: {} });
