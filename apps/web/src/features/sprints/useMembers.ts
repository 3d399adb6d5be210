import type { Member } from '@echoboard/contracts';
import { useAppStore } from '../../store/index.ts';

const NO_MEMBERS: Member[] = [];

/** The team's members as loaded by the workspace (empty until they arrive). */
export const useMembers = (teamId: string | null | undefined) =>
  useAppStore((s) => (teamId ? s.membersByTeam[teamId] : undefined) ?? NO_MEMBERS);

/** The name of a member assignee, or null when none is set or the members are not loaded yet. */
export const useMemberName = (teamId: string, memberId: string | null) =>
  useAppStore((s) => (memberId ? (s.membersByTeam[teamId]?.find((m) => m.userId === memberId)?.name ?? null) : null));
