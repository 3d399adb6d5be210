/**
 * Stable error codes shared by the domain, the API (which maps each to an HTTP status)
 * and the web app (which shows the message). Add a code here, never a free-form string.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'BOARD_NOT_FOUND',
  'COLUMN_NOT_FOUND',
  'CARD_NOT_FOUND',
  'ANCHOR_NOT_FOUND',
  'INVALID_MOVE',
  'WIP_LIMIT_EXCEEDED',
  'VERSION_CONFLICT',
  'COLUMN_NOT_EMPTY',
  'LAST_COLUMN',
  'SPRINT_OVERLAP',
  'SPRINT_ALREADY_ACTIVE',
  'INVALID_SPRINT_TRANSITION',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'EMAIL_TAKEN',
  'CSRF_REJECTED',
  'FORBIDDEN',
  'TEAM_NOT_FOUND',
  'MEMBER_NOT_FOUND',
  'ALREADY_MEMBER',
  'TEAM_FULL',
  'LAST_LEAD',
  'INVITE_INVALID',
  'CARD_NOT_ON_BOARD',
  'SPRINT_NOT_FOUND',
  'SCRUM_NOT_FOUND',
  'SCRUM_ALREADY_RUNNING',
  'FEEDBACK_LINK_INVALID',
  'FEEDBACK_NOT_FOUND',
  'CAMPAIGN_NOT_FOUND',
  'KPI_NOT_FOUND',
  'EFFORT_NOT_FOUND',
  'FEEDBACK_ALREADY_TRIAGED',
  'SPRINT_NOT_STARTED',
  'REVIEW_LINK_INVALID',
  'CHECKLIST_ITEM_NOT_FOUND',
  'CHECKLIST_FULL',
  'COMMENT_NOT_FOUND',
  'CARD_ARCHIVED',
  'CARD_NOT_ARCHIVED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DomainError {
  code: ErrorCode;
  message: string;
  /** The input field the error is about, when there is one (e.g. "title"). */
  field?: string;
}

export const domainError = (code: ErrorCode, message: string, field?: string): DomainError =>
  field === undefined ? { code, message } : { code, message, field };
