import type { BoardEvent, Member, SprintDetail } from '@echoboard/contracts';
import type { StateCreator } from 'zustand';
import * as sprintsApi from '../api/sprints.ts';
import * as teamsApi from '../api/teams.ts';
import type { AppState } from './index.ts';

type SprintEvent = Extract<BoardEvent, { type: 'sprint.updated' | 'sprint.deleted' }>;

export interface SprintSlice {
  /** The open board's running sprint (with progress), or null when none runs. */
  activeSprint: SprintDetail | null;
  /** Team id → its members, for assignee pickers, initials and the capacity meter. */
  membersByTeam: Record<string, Member[]>;
  loadActiveSprint: (boardId: string) => Promise<void>;
  setActiveSprint: (sprint: SprintDetail | null) => void;
  loadMembers: (teamId: string) => Promise<void>;
  /** Keeps the board's sprint header live; called for every sprint event of the open board. */
  applySprintEvent: (event: SprintEvent) => void;
}

let activeToken = 0;
const membersLoading = new Set<string>();

export const createSprintSlice: StateCreator<AppState, [], [], SprintSlice> = (set, get) => ({
  activeSprint: null,
  membersByTeam: {},

  loadActiveSprint: async (boardId) => {
    const token = ++activeToken;
    try {
      const [running] = await sprintsApi.listSprints(boardId, 'active');
      const detail = running ? await sprintsApi.getSprint(running.id) : null;
      if (token === activeToken) set({ activeSprint: detail });
    } catch {
      // The header is a summary; the board itself still works without it.
      if (token === activeToken) set({ activeSprint: null });
    }
  },

  setActiveSprint: (activeSprint) => {
    activeToken++;
    set({ activeSprint });
  },

  loadMembers: async (teamId) => {
    if (get().membersByTeam[teamId] || membersLoading.has(teamId)) return;
    membersLoading.add(teamId);
    try {
      const team = await teamsApi.getTeam(teamId);
      set((s) => ({ membersByTeam: { ...s.membersByTeam, [teamId]: team.members } }));
    } catch {
      // Without members the pickers offer none; the free-text assignee still works.
    } finally {
      membersLoading.delete(teamId);
    }
  },

  applySprintEvent: (event) => {
    const current = get().activeSprint;
    if (event.type === 'sprint.deleted') {
      if (current?.id === event.sprintId) get().setActiveSprint(null);
      return;
    }
    const { sprint } = event;
    if (sprint.state === 'active') {
      // Progress and the card list are not in the event; the sprint row is, so show it at once.
      if (current?.id === sprint.id) set({ activeSprint: { ...current, ...sprint } });
      void get().loadActiveSprint(sprint.boardId);
    } else if (current?.id === sprint.id) {
      get().setActiveSprint(null);
    }
  },
});
