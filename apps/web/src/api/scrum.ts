import type { Card, Scrum, ScrumState, StartScrumBody, WalkScrumBody } from '@echoboard/contracts';
import { request } from './client.ts';

const scrum = (boardId: string) => `/boards/${encodeURIComponent(boardId)}/scrum`;

export const getScrum = (boardId: string) => request<ScrumState>(scrum(boardId));
export const startScrum = (boardId: string, body: StartScrumBody) =>
  request<ScrumState>(scrum(boardId), { method: 'POST', body });
export const walkScrum = (boardId: string, body: WalkScrumBody) =>
  request<ScrumState>(`${scrum(boardId)}/walk`, { method: 'POST', body });
export const endScrum = (boardId: string) => request<ScrumState>(`${scrum(boardId)}/end`, { method: 'POST' });
export const listScrums = (boardId: string) => request<Scrum[]>(`/boards/${encodeURIComponent(boardId)}/scrums`);

export const blockCard = (cardId: string, reason: string) =>
  request<Card>(`/cards/${encodeURIComponent(cardId)}/blocked`, { method: 'PUT', body: { reason } });
export const unblockCard = (cardId: string) =>
  request<Card>(`/cards/${encodeURIComponent(cardId)}/blocked`, { method: 'DELETE' });
