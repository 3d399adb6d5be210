import { CARD_LIMITS } from '../card/limits.ts';
import type { TrelloMember } from './trello.ts';

/** A person of the team an imported card can be assigned to. */
export interface TeamMember {
  id: string;
  name: string;
  email: string;
}

export type MatchedBy = 'email' | 'name' | 'username';

export interface MemberMatch {
  trelloId: string;
  /** How the person is shown: the Trello full name, or the username when there is none. */
  trelloName: string;
  /** The team member they were matched to, or null: the card keeps the Trello name as free text. */
  memberId: string | null;
  memberName: string | null;
  matchedBy: MatchedBy | null;
  /** Set when more than one team member fits, so nobody is picked (a person must not get someone else's cards). */
  ambiguous: boolean;
}

// Names compare like labels do: NFC, case-insensitive, spacing collapsed.
const fold = (value: string) => value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
const localPart = (email: string) => fold(email.split('@')[0] ?? '');

/**
 * Matches each Trello member with the team: by email when the export has one, else by full name,
 * else by username (against a member's name or the part of their email before the @). The first
 * rule that finds anyone decides; two or more candidates match no one and are reported.
 */
export const matchTrelloMembers = (members: readonly TrelloMember[], team: readonly TeamMember[]): MemberMatch[] =>
  members.map((m) => {
    const rules: [MatchedBy, (t: TeamMember) => boolean][] = [
      ['email', (t) => m.email !== null && fold(t.email) === fold(m.email)],
      ['name', (t) => m.fullName !== '' && fold(t.name) === fold(m.fullName)],
      [
        'username',
        (t) => m.username !== '' && (localPart(t.email) === fold(m.username) || fold(t.name) === fold(m.username)),
      ],
    ];
    const base = { trelloId: m.id, trelloName: m.fullName || m.username, ambiguous: false };
    for (const [by, fits] of rules) {
      const found = team.filter(fits);
      if (found.length === 1) return { ...base, memberId: found[0]!.id, memberName: found[0]!.name, matchedBy: by };
      if (found.length > 1) return { ...base, memberId: null, memberName: null, matchedBy: null, ambiguous: true };
    }
    return { ...base, memberId: null, memberName: null, matchedBy: null };
  });

/**
 * Who an imported card goes to: the first of its Trello members matched with the team becomes the
 * assignee; the names of those not matched stay as free text, so nobody is lost.
 */
export const assigneeOf = (
  memberIds: readonly string[],
  matches: readonly MemberMatch[],
): { assigneeId: string | null; assignee: string | null } => {
  const byId = new Map(matches.map((m) => [m.trelloId, m]));
  const found = memberIds.map((id) => byId.get(id)).filter((m) => m !== undefined);
  const assigneeId = found.find((m) => m.memberId !== null)?.memberId ?? null;
  const others = found.filter((m) => m.memberId === null).map((m) => m.trelloName);
  return { assigneeId, assignee: others.length ? others.join(', ').slice(0, CARD_LIMITS.assigneeMax) : null };
};
