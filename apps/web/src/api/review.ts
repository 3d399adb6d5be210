import type { Sprint, SprintReview } from '@echoboard/contracts';
import { request } from './client.ts';
import { type DownloadProgress, downloadFile } from './download.ts';

export const getSprintReview = (sprintId: string) =>
  request<SprintReview>(`/sprints/${encodeURIComponent(sprintId)}/review`);

/** The board's sprints that have a review: completed ones and the running one. */
export const listReviewableSprints = async (boardId: string) => {
  const sprints = await request<Sprint[]>(`/boards/${encodeURIComponent(boardId)}/sprints`);
  return sprints.filter((sprint) => sprint.state !== 'planned');
};

export const EXPORT_KINDS = ['cards', 'sprints', 'feedback', 'campaigns'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** One of the team's CSV exports, with progress as it arrives. */
export const downloadExport = (teamId: string, kind: ExportKind, onProgress?: (p: DownloadProgress) => void) =>
  downloadFile(`/teams/${encodeURIComponent(teamId)}/export/${kind}.csv`, onProgress);
