import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { BOARD_LIMITS } from './limits.ts';

const isAmount = (value: number): boolean => Number.isFinite(value) && value >= 0;

/** Effort is optional, but when set it must be a point of the board's scale so sums stay comparable. */
export const validateEffort = (effort: number | null, scale: readonly number[]): Result<number | null> => {
  if (effort === null) return ok(null);
  if (typeof effort === 'number' && isAmount(effort) && scale.includes(effort)) return ok(effort);
  return err(domainError('VALIDATION_FAILED', `Effort must be one of ${scale.join(', ')}`, 'effort'));
};

export const validateEffortScale = (scale: readonly number[]): Result<number[]> => {
  const fail = (message: string) => err(domainError('VALIDATION_FAILED', message, 'effortScale'));
  if (scale.length < 1 || scale.length > BOARD_LIMITS.effortScaleMax) {
    return fail(`The effort scale must have 1 to ${BOARD_LIMITS.effortScaleMax} values`);
  }
  if (!scale.every((value) => typeof value === 'number' && isAmount(value))) {
    return fail('Effort values must be non-negative numbers');
  }
  // Strictly ascending also rules out duplicates, which would make the picker ambiguous.
  if (!scale.every((value, i) => i === 0 || (scale[i - 1] ?? value) < value)) {
    return fail('Effort values must be in ascending order without repeats');
  }
  return ok([...scale]);
};
