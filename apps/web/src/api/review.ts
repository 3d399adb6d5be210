import type { Sprint, SprintReview } from '@echoboard/contracts';
import { request } from './client.ts';

export const getSprintReview = (sprintId: string) =>
  request<SprintReview>(`/sprints/${encodeURIComponent(sprintId)}/review`);

/** The board's sprints that have a review: completed ones and the running one. */
export const listReviewableSprints = async (boardId: string) => {
  const sprints = await request<Sprint[]>(`/boards/${encodeURIComponent(boardId)}/sprints`);
  return sprints.filter((sprint) => sprint.state !== 'planned');
};

export const exportUrl = (teamId: string, kind: 'cards' | 'sprints' | 'feedback' | 'campaigns') =>
  `/api/teams/${encodeURIComponent(teamId)}/export/${kind}.csv`;
