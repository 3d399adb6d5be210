import type { Column, CreateColumnBody, UpdateColumnBody } from '@echoboard/contracts';
import { request } from './client.ts';

export const createColumn = (boardId: string, body: CreateColumnBody) =>
  request<Column>(`/boards/${encodeURIComponent(boardId)}/columns`, { method: 'POST', body });

/** `wipHard` is being added to UpdateColumnBody on the API branch; the intersection keeps both in step. */
export type ColumnPatch = UpdateColumnBody & { wipHard?: boolean };

export const updateColumn = (columnId: string, body: ColumnPatch) =>
  request<Column>(`/columns/${encodeURIComponent(columnId)}`, { method: 'PATCH', body });

export const deleteColumn = (columnId: string, moveCardsTo?: string) =>
  request<void>(`/columns/${encodeURIComponent(columnId)}`, { method: 'DELETE', query: { moveCardsTo } });
