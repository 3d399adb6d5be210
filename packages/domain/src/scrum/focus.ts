export type CardFocus = 'highlight' | 'dim' | 'normal';

/** What focus needs of a card: an assignee id (team members) and/or the free-text assignee name. */
export interface FocusCard {
  assigneeId?: string | null;
  assignee?: string | null;
}

export interface ScrumSpeaker {
  id: string;
  /** Display name, matched against cards that only carry a free-text assignee. */
  name?: string | null;
}

/** Names compare like people read them: trimmed, inner spaces collapsed, case and accent encoding ignored. */
const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * How a card looks while `speaker` has the floor (null: nobody, so every card is 'normal').
 * An assignee id, when the card has one, decides alone; otherwise the free-text assignee is
 * matched to the speaker's name. Unassigned cards dim: they are nobody's update.
 */
export const cardFocus = (card: FocusCard, speaker: ScrumSpeaker | null): CardFocus => {
  if (speaker === null) return 'normal';
  if (card.assigneeId != null && card.assigneeId !== '') {
    return card.assigneeId === speaker.id ? 'highlight' : 'dim';
  }
  const assignee = card.assignee == null ? '' : nameKey(card.assignee);
  if (assignee === '' || speaker.name == null) return 'dim';
  return assignee === nameKey(speaker.name) ? 'highlight' : 'dim';
};
