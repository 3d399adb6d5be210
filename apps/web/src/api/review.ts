import type {
  CreatedReviewLink,
  CreateReviewLinkBody,
  PublicSprintReview,
  ReviewLink,
  Sprint,
  SprintReview,
} from '@echoboard/contracts';
import { request } from './client.ts';
import { type DownloadProgress, downloadFile } from './download.ts';

const enc = encodeURIComponent;

export const getSprintReview = (sprintId: string) => request<SprintReview>(`/sprints/${enc(sprintId)}/review`);

/** The board's sprints that have a review: completed ones and the running one. */
export const listReviewableSprints = async (boardId: string) => {
  const sprints = await request<Sprint[]>(`/boards/${enc(boardId)}/sprints`);
  return sprints.filter((sprint) => sprint.state !== 'planned');
};

export const EXPORT_KINDS = ['cards', 'sprints', 'feedback', 'campaigns'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** One of the team's CSV exports, with progress as it arrives. */
export const downloadExport = (teamId: string, kind: ExportKind, onProgress?: (p: DownloadProgress) => void) =>
  downloadFile(`/teams/${encodeURIComponent(teamId)}/export/${kind}.csv`, onProgress);

// Read-only links to a review, for stakeholders without an account.
export const listReviewLinks = (sprintId: string) => request<ReviewLink[]>(`/sprints/${enc(sprintId)}/review-links`);
export const createReviewLink = (sprintId: string, body: CreateReviewLinkBody) =>
  request<CreatedReviewLink>(`/sprints/${enc(sprintId)}/review-links`, { method: 'POST', body });
export const revokeReviewLink = (linkId: string) =>
  request<ReviewLink>(`/review-links/${enc(linkId)}`, { method: 'DELETE' });
export const getSharedReview = (token: string) => request<PublicSprintReview>(`/public/reviews/${enc(token)}`);
