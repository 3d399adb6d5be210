import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { SCRUM_LIMITS } from './limits.ts';

/**
 * Validate the reason a member gives for flagging a card blocked: required, trimmed, at most
 * SCRUM_LIMITS.blockedReasonMax characters after trimming. Lengths are UTF-16 units, as zod's
 * `.max()` counts them, so API and domain agree. Inner line breaks are kept.
 */
export const validateBlockedReason = (reason: unknown): Result<string> => {
  const text = typeof reason === 'string' ? reason.trim() : '';
  if (text === '') return err(domainError('VALIDATION_FAILED', 'Say why the card is blocked', 'blockedReason'));
  if (text.length > SCRUM_LIMITS.blockedReasonMax) {
    return err(
      domainError(
        'VALIDATION_FAILED',
        `Blocked reason must be at most ${SCRUM_LIMITS.blockedReasonMax} characters`,
        'blockedReason',
      ),
    );
  }
  return ok(text);
};
