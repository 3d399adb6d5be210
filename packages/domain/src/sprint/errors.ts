import { type DomainError, domainError, type ErrorCode } from '../errors.ts';

/** The codes the sprint rules can return: a subset of the shared list. */
export type SprintErrorCode = Extract<
  ErrorCode,
  'VALIDATION_FAILED' | 'SPRINT_OVERLAP' | 'INVALID_SPRINT_TRANSITION' | 'SPRINT_ALREADY_ACTIVE'
>;

export interface SprintError extends DomainError {
  code: SprintErrorCode;
}

export const sprintError = (code: SprintErrorCode, message: string, field?: string): SprintError =>
  domainError(code, message, field) as SprintError;
