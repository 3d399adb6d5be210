import type {
  CardComment,
  ChecklistItem,
  CreateChecklistItemBody,
  LabelColors,
  SetLabelColorBody,
  UpdateChecklistItemBody,
} from '@echoboard/contracts';
import { request } from './client.ts';

const card = (cardId: string) => `/cards/${encodeURIComponent(cardId)}`;

export const listChecklist = (cardId: string) => request<ChecklistItem[]>(`${card(cardId)}/checklist`);

export const addChecklistItem = (cardId: string, body: CreateChecklistItemBody) =>
  request<ChecklistItem>(`${card(cardId)}/checklist`, { method: 'POST', body });

export const updateChecklistItem = (itemId: string, body: UpdateChecklistItemBody) =>
  request<ChecklistItem>(`/checklist-items/${encodeURIComponent(itemId)}`, { method: 'PATCH', body });

export const deleteChecklistItem = (itemId: string) =>
  request<void>(`/checklist-items/${encodeURIComponent(itemId)}`, { method: 'DELETE' });

export const listComments = (cardId: string) => request<CardComment[]>(`${card(cardId)}/comments`);

export const addComment = (cardId: string, body: string) =>
  request<CardComment>(`${card(cardId)}/comments`, { method: 'POST', body: { body } });

export const editComment = (commentId: string, body: string) =>
  request<CardComment>(`/comments/${encodeURIComponent(commentId)}`, { method: 'PATCH', body: { body } });

export const deleteComment = (commentId: string) =>
  request<void>(`/comments/${encodeURIComponent(commentId)}`, { method: 'DELETE' });

export const setLabelColor = (boardId: string, body: SetLabelColorBody) =>
  request<LabelColors>(`/boards/${encodeURIComponent(boardId)}/label-colors`, { method: 'PUT', body });
