import { type Me, type SignInBody, type SignUpBody, TeamSummary } from '@echoboard/contracts';
import type { StateCreator } from 'zustand';
import * as authApi from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import type { AppState } from './index.ts';

export type SessionStatus = 'unknown' | 'signed-out' | 'signed-in';

const TEAM_KEY = 'echoboard.teamId';

export interface SessionSlice {
  sessionStatus: SessionStatus;
  me: Me | null;
  /** The team whose boards the header lists; remembered per browser. */
  currentTeamId: string | null;
  loadSession: () => Promise<void>;
  signIn: (body: SignInBody) => Promise<void>;
  signUp: (body: SignUpBody) => Promise<void>;
  signOut: () => Promise<void>;
  /** The server said 401: forget the session without another request. */
  sessionEnded: () => void;
  setCurrentTeam: (teamId: string) => void;
  /** After joining or creating a team (a TeamDetail will do: the session keeps its summary). */
  teamJoined: (team: TeamSummary) => void;
  /** After a team was renamed or moved to another time zone: the session's team list follows, in place. */
  teamUpdated: (team: TeamSummary) => void;
}

function rememberedTeam(me: Me): string | null {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(TEAM_KEY);
  if (saved && me.teams.some((t) => t.id === saved)) return saved;
  return me.teams[0]?.id ?? null;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => {
  const signedIn = (me: Me) => set({ sessionStatus: 'signed-in', me, currentTeamId: rememberedTeam(me) });
  return {
    sessionStatus: 'unknown',
    me: null,
    currentTeamId: null,

    loadSession: async () => {
      try {
        signedIn(await authApi.me());
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) set({ sessionStatus: 'signed-out', me: null });
        else throw e;
      }
    },
    signIn: async (body) => signedIn(await authApi.signIn(body)),
    signUp: async (body) => signedIn(await authApi.signUp(body)),
    signOut: async () => {
      await authApi.signOut().catch(() => {});
      get().sessionEnded();
    },
    sessionEnded: () => set({ sessionStatus: 'signed-out', me: null }),
    setCurrentTeam: (teamId) => {
      localStorage.setItem(TEAM_KEY, teamId);
      set({ currentTeamId: teamId });
    },
    teamJoined: (team) => {
      const me = get().me;
      if (!me) return;
      const teams = [...me.teams.filter((t) => t.id !== team.id), summaryOf(team)];
      localStorage.setItem(TEAM_KEY, team.id);
      set({ me: { ...me, teams }, currentTeamId: team.id });
    },
    teamUpdated: (team) => {
      const me = get().me;
      if (!me) return;
      set({ me: { ...me, teams: me.teams.map((t) => (t.id === team.id ? summaryOf(team) : t)) } });
    },
  };
};

/** A team as the session lists it: the summary's fields of a summary or a team's detail. */
const summaryOf = (team: TeamSummary): TeamSummary =>
  Object.fromEntries(Object.keys(TeamSummary.shape).map((key) => [key, team[key as keyof TeamSummary]])) as TeamSummary;

/** The signed-in person's role in a team, or null when they are not in it. */
export const roleIn = (me: Me | null, teamId: string | null | undefined) =>
  (teamId && me?.teams.find((t) => t.id === teamId)?.role) || null;

/** The IANA zone that decides a team's calendar day, or null when the session does not list the team. */
export const timeZoneIn = (me: Me | null, teamId: string | null | undefined) =>
  (teamId && me?.teams.find((t) => t.id === teamId)?.timeZone) || null;
