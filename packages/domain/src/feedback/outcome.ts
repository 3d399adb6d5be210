import type { FeedbackStatus } from './limits.ts';

export interface OutcomeInput {
  status: FeedbackStatus;
  /** The cards the feedback became, each with the sprint it is in (null: in the backlog). */
  cards: readonly { sprint: { name: string; startDate: string } | null }[];
}

/**
 * What the receipt page tells the person who gave the feedback. The triage note is the team's
 * own and is not repeated here.
 */
export function describeOutcome({ status, cards }: OutcomeInput): string {
  switch (status) {
    case 'new':
      return 'Received: the team has not looked at it yet.';
    case 'duplicate':
      return 'The team already had this point from someone else; it is being handled there.';
    case 'declined':
      return 'The team read it and decided not to act on it for now.';
    case 'accepted': {
      const planned = cards
        .flatMap((card) => (card.sprint ? [card.sprint] : []))
        .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
      const first = planned[0];
      return first ? `Accepted: planned for sprint ${first.name}.` : 'Accepted: in the backlog.';
    }
  }
}
