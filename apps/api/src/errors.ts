import type { ProblemCode } from '@echoboard/contracts';
import type { DomainError, ErrorCode } from '@echoboard/domain';

/** One table from stable error code to HTTP status; routes never pick a status themselves. */
export const STATUS_BY_CODE: Record<ProblemCode, number> = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  INVALID_MOVE: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  CSRF_REJECTED: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TEAM_NOT_FOUND: 404,
  MEMBER_NOT_FOUND: 404,
  // One answer for unknown, used, revoked and expired invites: a token's fate leaks nothing.
  INVITE_INVALID: 404,
  BOARD_NOT_FOUND: 404,
  COLUMN_NOT_FOUND: 404,
  CARD_NOT_FOUND: 404,
  SPRINT_NOT_FOUND: 404,
  SCRUM_NOT_FOUND: 404,
  FEEDBACK_NOT_FOUND: 404,
  CAMPAIGN_NOT_FOUND: 404,
  KPI_NOT_FOUND: 404,
  EFFORT_NOT_FOUND: 404,
  CHECKLIST_ITEM_NOT_FOUND: 404,
  COMMENT_NOT_FOUND: 404,
  // One answer for unknown, revoked and expired feedback links, as for invites.
  FEEDBACK_LINK_INVALID: 404,
  REVIEW_LINK_INVALID: 404,
  CARD_NOT_ON_BOARD: 409,
  CARD_ARCHIVED: 409,
  CARD_NOT_ARCHIVED: 409,
  CHECKLIST_FULL: 409,
  SCRUM_ALREADY_RUNNING: 409,
  FEEDBACK_ALREADY_TRIAGED: 409,
  SPRINT_NOT_STARTED: 409,
  ANCHOR_NOT_FOUND: 409,
  WIP_LIMIT_EXCEEDED: 409,
  VERSION_CONFLICT: 409,
  COLUMN_NOT_EMPTY: 409,
  LAST_COLUMN: 409,
  SPRINT_OVERLAP: 409,
  SPRINT_ALREADY_ACTIVE: 409,
  INVALID_SPRINT_TRANSITION: 409,
  EMAIL_TAKEN: 409,
  ALREADY_MEMBER: 409,
  TEAM_FULL: 409,
  LAST_LEAD: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  // The database is unreachable or dropped the connection: try again shortly (Retry-After).
  SERVICE_UNAVAILABLE: 503,
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

export const titleFor = (status: number) => TITLE_BY_STATUS[status] ?? 'Error';

export interface FieldError {
  path: string;
  message: string;
}

/** An expected failure: answered as problem+json with its code; never logged as an error. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ProblemCode,
    message: string,
    readonly extras: { errors?: FieldError[]; current?: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.status = STATUS_BY_CODE[code];
  }

  /** A domain rule's refusal; its field is always one of the request body's (`body.<field>`). */
  static fromDomain(error: DomainError): AppError {
    const errors = error.field ? [bodyFieldError(error)] : undefined;
    return new AppError(error.code satisfies ErrorCode, error.message, errors ? { errors } : {});
  }
}

/**
 * A domain error about a field of the request body, with the path the request's schema check
 * would give it (`body.title`), so every field error names where in the request the field is.
 */
export const bodyFieldError = (error: Pick<DomainError, 'field' | 'message'>): FieldError => ({
  path: error.field ? `body.${error.field}` : 'body',
  message: error.message,
});

const NOT_FOUND_WHAT = {
  BOARD_NOT_FOUND: 'board',
  COLUMN_NOT_FOUND: 'column',
  CARD_NOT_FOUND: 'card',
  SPRINT_NOT_FOUND: 'sprint',
} as const;

export const notFound = (code: keyof typeof NOT_FOUND_WHAT, id: string) => {
  const what = NOT_FOUND_WHAT[code];
  return new AppError(code, `No ${what} with id ${id}. It may have been deleted; reload the board.`);
};

/** Unwraps a domain Result or throws it as an AppError. */
export function unwrap<T>(result: { ok: true; value: T } | { ok: false; error: DomainError }): T {
  if (!result.ok) throw AppError.fromDomain(result.error);
  return result.value;
}
