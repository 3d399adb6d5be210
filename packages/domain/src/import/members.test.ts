import { describe, expect, it } from 'vitest';
import { assigneeOf, matchTrelloMembers, type TeamMember } from './members.ts';
import type { TrelloMember } from './trello.ts';

const trello = (id: string, fullName: string, username: string, email: string | null = null): TrelloMember => ({
  id,
  fullName,
  username,
  email,
});
const team: TeamMember[] = [
  { id: 'u1', name: 'Zoe Martin', email: 'zoe@team.example' },
  { id: 'u2', name: 'Sam Rivera', email: 'sam@team.example' },
  { id: 'u3', name: 'Zoë  Martín', email: 'zm@team.example' },
  { id: 'u4', name: 'Alex', email: 'alex.k@team.example' },
  { id: 'u5', name: 'Alex', email: 'alex.b@team.example' },
];

describe('matchTrelloMembers', () => {
  it('matches by email first, ignoring case', () => {
    const [match] = matchTrelloMembers([trello('t1', 'Someone Else', 'x', 'SAM@team.example')], team);
    expect(match).toMatchObject({ memberId: 'u2', memberName: 'Sam Rivera', matchedBy: 'email', ambiguous: false });
  });

  it('matches by full name with accents as written, case and spacing aside', () => {
    const [match] = matchTrelloMembers([trello('t1', 'zoë martín', 'zoe99')], team);
    expect(match).toMatchObject({ memberId: 'u3', matchedBy: 'name' });
  });

  it('matches a username against the part of an email before the @', () => {
    const [match] = matchTrelloMembers([trello('t1', 'Z.', 'zoe')], team);
    expect(match).toMatchObject({ memberId: 'u1', matchedBy: 'username', trelloName: 'Z.' });
  });

  it('picks no one when two members fit, and says so', () => {
    const [match] = matchTrelloMembers([trello('t1', 'Alex', 'al')], team);
    expect(match).toMatchObject({ memberId: null, ambiguous: true, trelloName: 'Alex' });
  });

  it('leaves strangers unmatched', () => {
    const [match] = matchTrelloMembers([trello('t1', '', 'agency42')], team);
    expect(match).toEqual({
      trelloId: 't1',
      trelloName: 'agency42',
      memberId: null,
      memberName: null,
      matchedBy: null,
      ambiguous: false,
    });
  });
});

describe('assigneeOf', () => {
  const matches = matchTrelloMembers(
    [trello('a', 'Agency', 'agency'), trello('s', 'Sam Rivera', 'sam'), trello('z', 'Zoe Martin', 'zoe')],
    team,
  );

  it('assigns the first matched member and keeps the others as free text', () => {
    expect(assigneeOf(['a', 's', 'z'], matches)).toEqual({ assigneeId: 'u2', assignee: 'Agency' });
  });

  it('leaves a card with no matched member unassigned, keeping the names', () => {
    expect(assigneeOf(['a'], matches)).toEqual({ assigneeId: null, assignee: 'Agency' });
    expect(assigneeOf([], matches)).toEqual({ assigneeId: null, assignee: null });
  });
});
