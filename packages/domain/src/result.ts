import type { DomainError } from './errors.ts';

/** Outcome of a rule: rules never throw for a user's mistake, they return one of these. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
