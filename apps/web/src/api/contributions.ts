import type { CardContributions, LogEffortBody } from '@echoboard/contracts';
import { request } from './client.ts';

const card = (cardId: string) => `/cards/${encodeURIComponent(cardId)}`;

export const getContributions = (cardId: string) => request<CardContributions>(`${card(cardId)}/contributions`);
export const logEffort = (cardId: string, body: LogEffortBody) =>
  request<CardContributions>(`${card(cardId)}/effort`, { method: 'POST', body });
export const deleteEffort = (effortId: string) =>
  request<void>(`/effort/${encodeURIComponent(effortId)}`, { method: 'DELETE' });
export const giveKudos = (cardId: string, toUserId: string) =>
  request<CardContributions>(`${card(cardId)}/kudos`, { method: 'POST', body: { toUserId } });
export const withdrawKudos = (cardId: string, toUserId: string) =>
  request<CardContributions>(`${card(cardId)}/kudos/${encodeURIComponent(toUserId)}`, { method: 'DELETE' });
