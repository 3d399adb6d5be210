import { compareKeys } from '../rank/fractional-index.ts';

export interface EffortEntry {
  memberId: string;
  cardId: string;
  /** Minutes spent; 0 when only points were logged. */
  minutes: number;
  /** Points of effort spent; 0 when only time was logged. */
  points: number;
}

export interface ReviewCard {
  cardId: string;
  assigneeId: string | null;
  points: number | null;
  done: boolean;
}

export interface MemberContribution {
  memberId: string;
  name: string;
  effort: {
    minutes: number;
    points: number;
    /** Cards the member logged effort on. */
    cardsWorkedOn: number;
    /** Of those, cards assigned to someone else (or no one): help given. */
    cardsHelpedWith: number;
  };
  results: {
    cardsCompleted: number;
    pointsCompleted: number;
    kudosReceived: number;
    /** Mean end-user rating of the delivered cards assigned to them; null with none rated. */
    feedbackRating: number | null;
  };
}

export interface ContributionsInput {
  members: readonly { memberId: string; name: string }[];
  cards: readonly ReviewCard[];
  effort: readonly EffortEntry[];
  kudos: readonly { cardId: string; toMemberId: string }[];
  itemRatings: readonly { cardId: string; rating: number }[];
}

/**
 * Effort and results side by side for each member. Deliberately no total score and no ranking:
 * members come back in name order, and the product never sorts people by a single number.
 */
export const contributions = (input: ContributionsInput): MemberContribution[] => {
  const cardsById = new Map(input.cards.map((card) => [card.cardId, card]));
  const ratingsByCard = new Map<string, number[]>();
  for (const { cardId, rating } of input.itemRatings) {
    ratingsByCard.set(cardId, [...(ratingsByCard.get(cardId) ?? []), rating]);
  }
  const people = [...input.members].sort((a, b) => a.name.localeCompare(b.name) || compareKeys(a.memberId, b.memberId));
  return people.map(({ memberId, name }) => {
    const own = input.effort.filter((entry) => entry.memberId === memberId);
    const worked = new Set(own.map((entry) => entry.cardId));
    const helped = [...worked].filter((cardId) => cardsById.get(cardId)?.assigneeId !== memberId);
    const completed = input.cards.filter((card) => card.assigneeId === memberId && card.done);
    const ratings = completed.flatMap((card) => ratingsByCard.get(card.cardId) ?? []);
    return {
      memberId,
      name,
      effort: {
        minutes: own.reduce((sum, entry) => sum + entry.minutes, 0),
        points: own.reduce((sum, entry) => sum + entry.points, 0),
        cardsWorkedOn: worked.size,
        cardsHelpedWith: helped.length,
      },
      results: {
        cardsCompleted: completed.length,
        pointsCompleted: completed.reduce((sum, card) => sum + (card.points ?? 0), 0),
        kudosReceived: input.kudos.filter((kudo) => kudo.toMemberId === memberId).length,
        feedbackRating: ratings.length
          ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10
          : null,
      },
    };
  });
};
