import type { Role } from '../team/team.ts';

export interface CommentRights {
  edit: boolean;
  delete: boolean;
}

/**
 * What a team member may do with a comment on a card. Only its author edits it: a comment speaks
 * for the person who wrote it. The author or a lead deletes it: a lead tidies up, never rewords.
 * An imported comment whose author is not on the team (no authorId) only a lead deletes.
 */
export function commentRights(
  comment: { authorId: string | null },
  viewer: { userId: string; role: Role },
): CommentRights {
  const mine = comment.authorId !== null && comment.authorId === viewer.userId;
  return { edit: mine, delete: mine || viewer.role === 'lead' };
}
