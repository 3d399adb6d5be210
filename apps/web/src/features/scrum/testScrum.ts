import type { Scrum, ScrumState } from '@echoboard/contracts';
import { useAppStore } from '../../store/index.ts';
import { BOARD_ID, TEAM_ID } from '../../test/fixtures.ts';

export const ADA = '00000000-0000-4000-8000-00000000ada0';
export const BEN = '00000000-0000-4000-8000-00000000be00';

export function makeScrum(overrides: Partial<Scrum> = {}): Scrum {
  return {
    id: '00000000-0000-4000-8000-0000000005c0',
    boardId: BOARD_ID,
    sprintId: null,
    startedById: ADA,
    startedAt: new Date().toISOString(),
    endedAt: null,
    orderMode: 'fixed',
    order: [ADA, BEN],
    speakerIndex: -1,
    speakers: [],
    names: { [ADA]: 'Ada Lovelace', [BEN]: 'Ben Okri' },
    previousScrumAt: null,
    summary: null,
    ...overrides,
  };
}

export const stateOf = (scrum: Scrum | null, seq: number, now = new Date()): ScrumState => ({
  scrum,
  seq,
  previousScrumAt: scrum?.previousScrumAt ?? null,
  now: now.toISOString(),
});

/** Signs the store in as Ada, lead or member of the test board's team (in UTC unless told). */
export function signInAs(role: 'lead' | 'member', timeZone = 'UTC') {
  useAppStore.setState({
    sessionStatus: 'signed-in',
    me: {
      user: { id: ADA, email: 'ada@example.com', name: 'Ada Lovelace' },
      teams: [{ id: TEAM_ID, name: 'Team', role, memberCount: 2, createdAt: '2026-01-01T00:00:00.000Z', timeZone }],
    },
    currentTeamId: TEAM_ID,
  });
}
