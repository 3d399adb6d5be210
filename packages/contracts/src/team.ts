import { DISCIPLINES, isTimeZone, ROLES, TEAM_LIMITS } from '@echoboard/domain';
import { z } from 'zod';
import { Id, Timestamp } from './common.ts';

export const Role = z.enum(ROLES);
export const Discipline = z.enum(DISCIPLINES);

const TeamName = z
  .string()
  .trim()
  .min(1, 'Team name must not be empty')
  .max(TEAM_LIMITS.nameMax, `Team name must be at most ${TEAM_LIMITS.nameMax} characters`);

const TimeZone = z
  .string()
  .trim()
  .refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris or America/New_York');

export const TeamSummary = z
  .object({
    id: Id,
    name: z.string(),
    /** The caller's role in this team. */
    role: Role,
    memberCount: z.number().int(),
    createdAt: Timestamp,
    /** IANA zone that decides the team's calendar day (sprint days, scrum, campaigns). */
    timeZone: z.string(),
  })
  .meta({ id: 'TeamSummary' });
export type TeamSummary = z.infer<typeof TeamSummary>;

export const Member = z
  .object({
    userId: Id,
    name: z.string(),
    email: z.string(),
    role: Role,
    discipline: Discipline,
    joinedAt: Timestamp,
  })
  .meta({ id: 'Member' });
export type Member = z.infer<typeof Member>;

export const TeamDetail = TeamSummary.extend({
  maxMembers: z.number().int(),
  members: z.array(Member),
}).meta({ id: 'TeamDetail' });
export type TeamDetail = z.infer<typeof TeamDetail>;

export const TeamParams = z.object({ teamId: Id });
export const MemberParams = z.object({ teamId: Id, userId: Id });
export const InviteParams = z.object({ teamId: Id, inviteId: Id });
export const InviteTokenParams = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'must be an invite token'),
});

export const CreateTeamBody = z.strictObject({
  name: TeamName,
  /** The creator's own discipline; they become the team's lead. */
  discipline: Discipline.optional(),
});
export type CreateTeamBody = z.infer<typeof CreateTeamBody>;

export const UpdateTeamBody = z
  .strictObject({ name: TeamName.optional(), timeZone: TimeZone.optional() })
  .refine((b) => b.name !== undefined || b.timeZone !== undefined, { message: 'Send name, timeZone or both' });
export type UpdateTeamBody = z.infer<typeof UpdateTeamBody>;

export const UpdateMemberBody = z
  .strictObject({ role: Role.optional(), discipline: Discipline.optional() })
  .refine((b) => b.role !== undefined || b.discipline !== undefined, {
    message: 'Send role, discipline or both',
  });
export type UpdateMemberBody = z.infer<typeof UpdateMemberBody>;

export const InviteStatus = z.enum(['pending', 'used', 'revoked', 'expired']);

export const Invite = z
  .object({
    id: Id,
    teamId: Id,
    status: InviteStatus,
    createdBy: z.object({ userId: Id, name: z.string() }),
    createdAt: Timestamp,
    expiresAt: Timestamp,
    usedBy: z.object({ userId: Id, name: z.string() }).nullable(),
  })
  .meta({ id: 'Invite' });
export type Invite = z.infer<typeof Invite>;

export const CreatedInvite = z
  .object({
    invite: Invite,
    /** Shown once; only its hash is stored. */
    token: z.string(),
    /** Path of the SPA page that accepts it: /invite/<token>. */
    url: z.string(),
  })
  .meta({ id: 'CreatedInvite' });
export type CreatedInvite = z.infer<typeof CreatedInvite>;

export const InvitePreview = z
  .object({ teamName: z.string(), invitedBy: z.string(), expiresAt: Timestamp, memberCount: z.number().int() })
  .meta({ id: 'InvitePreview', description: 'What a person sees before accepting an invite' });
export type InvitePreview = z.infer<typeof InvitePreview>;
