import type {
  AvailabilityBody,
  Backlog,
  CompleteSprintBody,
  CreateBacklogCardBody,
  CreateSprintBody,
  PlanCardBody,
  PlannedCard,
  Sprint,
  SprintDetail,
  SprintState,
  StartSprintBody,
  UpdateSprintBody,
} from '@echoboard/contracts';
import { request } from './client.ts';

const board = (boardId: string) => `/boards/${encodeURIComponent(boardId)}`;
const sprint = (sprintId: string) => `/sprints/${encodeURIComponent(sprintId)}`;
const team = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;

export const listSprints = (boardId: string, state?: SprintState) =>
  request<Sprint[]>(`${board(boardId)}/sprints`, { query: { state } });
export const createSprint = (boardId: string, body: CreateSprintBody) =>
  request<Sprint>(`${board(boardId)}/sprints`, { method: 'POST', body });
export const getSprint = (sprintId: string) => request<SprintDetail>(sprint(sprintId));
export const updateSprint = (sprintId: string, body: UpdateSprintBody) =>
  request<Sprint>(sprint(sprintId), { method: 'PATCH', body });
export const deleteSprint = (sprintId: string) => request<void>(sprint(sprintId), { method: 'DELETE' });
export const setAvailability = (sprintId: string, body: AvailabilityBody) =>
  request<SprintDetail>(`${sprint(sprintId)}/availability`, { method: 'PUT', body });
export const startSprint = (sprintId: string, body: StartSprintBody = {}) =>
  request<SprintDetail>(`${sprint(sprintId)}/start`, { method: 'POST', body });
export const completeSprint = (sprintId: string, body: CompleteSprintBody) =>
  request<SprintDetail>(`${sprint(sprintId)}/complete`, { method: 'POST', body });

export const planCard = (cardId: string, body: PlanCardBody) =>
  request<PlannedCard>(`/cards/${encodeURIComponent(cardId)}/plan`, { method: 'POST', body });

export const getBacklog = (teamId: string) => request<Backlog>(`${team(teamId)}/backlog`);
export const createBacklogCard = (teamId: string, body: CreateBacklogCardBody) =>
  request<PlannedCard>(`${team(teamId)}/backlog`, { method: 'POST', body });

export const setPlanningDefaults = (boardId: string, defaultPointsPerDay: number) =>
  request<{ defaultPointsPerDay: number }>(`${board(boardId)}/planning`, {
    method: 'PATCH',
    body: { defaultPointsPerDay },
  });
