import type {
  CsvImportBody,
  CsvImportPreview,
  CsvImportResult,
  TrelloImportBody,
  TrelloImportPreview,
  TrelloImportResult,
} from '@echoboard/contracts';
import { upload } from './client.ts';

type Progress = (share: number) => void;
const team = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/imports/trello`;
const board = (boardId: string) => `/boards/${encodeURIComponent(boardId)}/imports/csv`;

export const previewTrello = (teamId: string, body: TrelloImportBody, onProgress: Progress) =>
  upload<TrelloImportPreview>(`${team(teamId)}/preview`, body, onProgress);

export const importTrello = (teamId: string, body: TrelloImportBody, onProgress: Progress) =>
  upload<TrelloImportResult>(team(teamId), body, onProgress);

export const previewCsv = (boardId: string, body: CsvImportBody, onProgress: Progress) =>
  upload<CsvImportPreview>(`${board(boardId)}/preview`, body, onProgress);

export const importCsv = (boardId: string, body: CsvImportBody, onProgress: Progress) =>
  upload<CsvImportResult>(board(boardId), body, onProgress);
