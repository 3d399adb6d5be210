export interface SprintCardInfo {
  id: string;
  title: string;
  shareable: boolean;
  /** The card sits in its board's done column (doneColumnId) right now. */
  isDone: boolean;
}

/**
 * What an end user is shown as delivered by a sprint: the cards the team marked shareable; if it
 * marked none, what the sprint finished: the completed sprint's recorded done cards, or for an
 * active sprint the cards in the board's done column. `cards` come in sprint rank order.
 */
export function deliveredItems(
  cards: readonly SprintCardInfo[],
  recordedDoneIds: readonly string[] | null,
): SprintCardInfo[] {
  const shared = cards.filter((card) => card.shareable);
  if (shared.length > 0) return shared;
  if (recordedDoneIds) {
    const byId = new Map(cards.map((card) => [card.id, card]));
    return recordedDoneIds.flatMap((id) => byId.get(id) ?? []);
  }
  return cards.filter((card) => card.isDone);
}
