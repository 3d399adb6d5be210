import { COLUMN_LIMITS } from '@echoboard/domain';

/** Shared by "add column" and "column settings": name plus an optional WIP limit. */
export function validateColumn(name: string, wip: string) {
  const errors: { name?: string; wipLimit?: string } = {};
  const trimmed = name.trim();
  if (trimmed === '') errors.name = 'Give the column a name.';
  else if (trimmed.length > COLUMN_LIMITS.nameMax)
    errors.name = `Keep the name under ${COLUMN_LIMITS.nameMax + 1} characters.`;
  let wipLimit: number | null = null;
  if (wip.trim() !== '') {
    wipLimit = Number(wip);
    if (!Number.isInteger(wipLimit) || wipLimit < 1 || wipLimit > COLUMN_LIMITS.wipLimitMax) {
      errors.wipLimit = `Enter a whole number from 1 to ${COLUMN_LIMITS.wipLimitMax}, or leave it empty for no limit.`;
    }
  }
  return { errors, name: trimmed, wipLimit };
}
