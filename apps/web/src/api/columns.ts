import type { Column, CreateColumnBody, UpdateColumnBody } from '@echoboard/contracts';
import { request } from './client.ts';

export const createColumn = (boardId: string, body: CreateColumnBody) =>
  request<Column>(`/boards/${encodeURIComponent(boardId)}/columns`, { method: 'POST', body });

export const updateColumn = (columnId: string, body: UpdateColumnBody) =>
  request<Column>(`/columns/${encodeURIComponent(columnId)}`, { method: 'PATCH', body });

export const deleteColumn = (columnId: string, moveCardsTo?: string) =>
  request<void>(`/columns/${encodeURIComponent(columnId)}`, { method: 'DELETE', query: { moveCardsTo } });
