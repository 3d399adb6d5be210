import type {
  ArchiveCardBody,
  ArchivedCard,
  Card,
  CreateCardBody,
  MoveCardBody,
  RestoreCardBody,
  UpdateCardBody,
} from '@echoboard/contracts';
import { request } from './client.ts';

export const createCard = (boardId: string, body: CreateCardBody) =>
  request<Card>(`/boards/${encodeURIComponent(boardId)}/cards`, { method: 'POST', body });

export const updateCard = (cardId: string, body: UpdateCardBody) =>
  request<Card>(`/cards/${encodeURIComponent(cardId)}`, { method: 'PATCH', body });

/** With `version`, only that version is deleted (409 VERSION_CONFLICT when the card changed since). */
export const deleteCard = (cardId: string, version?: number) =>
  request<void>(`/cards/${encodeURIComponent(cardId)}`, { method: 'DELETE', query: { version: version?.toString() } });

export const moveCard = (cardId: string, body: MoveCardBody) =>
  request<Card>(`/cards/${encodeURIComponent(cardId)}/move`, { method: 'POST', body });

export const archiveCard = (cardId: string, body: ArchiveCardBody) =>
  request<ArchivedCard>(`/cards/${encodeURIComponent(cardId)}/archive`, { method: 'POST', body });

export const restoreCard = (cardId: string, body: RestoreCardBody) =>
  request<Card>(`/cards/${encodeURIComponent(cardId)}/restore`, { method: 'POST', body });

export const listArchivedCards = (boardId: string) =>
  request<ArchivedCard[]>(`/boards/${encodeURIComponent(boardId)}/archived-cards`);
