import { type DomainError, domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { FEEDBACK_LIMITS, type FeedbackStatus } from './limits.ts';

export type TriageAction =
  | { kind: 'accept'; cardCount: number }
  | { kind: 'duplicate'; of: string }
  | { kind: 'decline'; note: string };

export interface TriageSubject {
  id: string;
  status: FeedbackStatus;
}

const invalid = (field: string, message: string): DomainError => domainError('VALIDATION_FAILED', message, field);

/**
 * Feedback is triaged once: new → accepted | duplicate | declined. `duplicateOf` maps each
 * feedback of the team to the one it duplicates (absent or null: none), so that marking A a
 * duplicate of B cannot close a loop B → … → A. Returns the status to store and the trimmed note.
 */
export function triage(
  subject: TriageSubject,
  action: TriageAction,
  duplicateOf: ReadonlyMap<string, string | null> = new Map(),
): Result<{ status: Exclude<FeedbackStatus, 'new'>; note: string }> {
  if (subject.status !== 'new') {
    return err(domainError('FEEDBACK_ALREADY_TRIAGED', `This feedback was already triaged (${subject.status})`));
  }
  switch (action.kind) {
    case 'accept': {
      if (action.cardCount < 1 || action.cardCount > FEEDBACK_LIMITS.acceptCardsMax) {
        return err(invalid('cards', `Accept feedback as 1 to ${FEEDBACK_LIMITS.acceptCardsMax} cards`));
      }
      return ok({ status: 'accepted', note: '' });
    }
    case 'duplicate': {
      if (action.of === subject.id) return err(invalid('of', 'Feedback cannot duplicate itself'));
      const seen = new Set<string>();
      for (let at: string | null | undefined = action.of; at; at = duplicateOf.get(at)) {
        if (at === subject.id) return err(invalid('of', 'That feedback is already a duplicate of this one'));
        if (seen.has(at)) break;
        seen.add(at);
      }
      return ok({ status: 'duplicate', note: '' });
    }
    case 'decline': {
      const note = action.note.trim();
      if (note === '') return err(invalid('note', 'Say why it is declined; the note stays within the team'));
      if (note.length > FEEDBACK_LIMITS.noteMax) {
        return err(invalid('note', `The note must be at most ${FEEDBACK_LIMITS.noteMax} characters`));
      }
      return ok({ status: 'declined', note });
    }
  }
}
