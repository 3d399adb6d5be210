import type { Board, BoardSummary, CreateBoardBody } from '@echoboard/contracts';
import { request } from './client.ts';

export const listBoards = (teamId?: string, signal?: AbortSignal) =>
  request<BoardSummary[]>('/boards', { query: { teamId }, signal });

export const getBoard = (boardId: string, signal?: AbortSignal) =>
  request<Board>(`/boards/${encodeURIComponent(boardId)}`, { signal });

export const createBoard = (body: CreateBoardBody) => request<Board>('/boards', { method: 'POST', body });
