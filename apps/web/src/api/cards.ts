import type { Card, CreateCardBody, MoveCardBody, UpdateCardBody } from '@echoboard/contracts';
import { request } from './client.ts';

export const createCard = (boardId: string, body: CreateCardBody) =>
  request<Card>(`/boards/${encodeURIComponent(boardId)}/cards`, { method: 'POST', body });

export const updateCard = (cardId: string, body: UpdateCardBody) =>
  request<Card>(`/cards/${encodeURIComponent(cardId)}`, { method: 'PATCH', body });

export const deleteCard = (cardId: string) =>
  request<void>(`/cards/${encodeURIComponent(cardId)}`, { method: 'DELETE' });

export const moveCard = (cardId: string, body: MoveCardBody) =>
  request<Card>(`/cards/${encodeURIComponent(cardId)}/move`, { method: 'POST', body });
