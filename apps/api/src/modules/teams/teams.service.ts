import type {
  CreateTeamBody,
  Member,
  TeamDetail,
  TeamSummary,
  UpdateMemberBody,
  UpdateTeamBody,
} from '@echoboard/contracts';
import { checkLeadRemains, TEAM_MAX_MEMBERS } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction, type Tx } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';
import { requireLead, requireTeam } from '../access.ts';
import type { AuthUser } from '../auth/sessions.ts';

type Client = Database['prisma'] | Tx;
type MembershipWithUser = Prisma.Membership & { user: { id: string; name: string; email: string } };

export const toMember = (m: MembershipWithUser): Member => ({
  userId: m.user.id,
  name: m.user.name,
  email: m.user.email,
  role: m.role,
  discipline: m.discipline,
  joinedAt: m.createdAt.toISOString(),
});

/** Row lock on a team: membership changes (joins, role changes, removals) of one team take turns. */
export async function lockTeam(tx: Tx, teamId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM teams WHERE id = ${teamId}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export async function listMyTeams(client: Database | Client, userId: string): Promise<TeamSummary[]> {
  const prisma = 'prisma' in client ? client.prisma : client;
  const memberships = await prisma.membership.findMany({
    where: { userId },
    include: { team: { include: { _count: { select: { memberships: true } } } } },
    orderBy: [{ team: { createdAt: 'asc' } }, { teamId: 'asc' }],
  });
  return memberships.map((m) => ({
    id: m.team.id,
    name: m.team.name,
    role: m.role,
    memberCount: m.team._count.memberships,
    createdAt: m.team.createdAt.toISOString(),
    timeZone: m.team.timeZone,
  }));
}

export async function loadTeam(client: Client, user: AuthUser, teamId: string): Promise<TeamDetail> {
  const access = await requireTeam(client, user, teamId);
  const team = await client.team.findUniqueOrThrow({
    where: { id: teamId },
    include: {
      memberships: {
        include: { user: { select: { id: true, name: true, email: true } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      },
    },
  });
  return {
    id: team.id,
    name: team.name,
    role: access.role,
    memberCount: team.memberships.length,
    createdAt: team.createdAt.toISOString(),
    maxMembers: TEAM_MAX_MEMBERS,
    timeZone: team.timeZone,
    members: team.memberships.map(toMember),
  };
}

/** A lead renames the team or sets its time zone. */
export async function updateTeam(db: Database, options: { user: AuthUser; teamId: string; input: UpdateTeamBody }) {
  const { user, teamId, input } = options;
  return inTransaction(db, async (tx) => {
    requireLead(await requireTeam(tx, user, teamId), 'change the team settings');
    await tx.team.update({
      where: { id: teamId },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
      },
    });
    return loadTeam(tx, user, teamId);
  });
}

/** A new team; its creator is its first lead. */
export async function createTeam(db: Database, user: AuthUser, input: CreateTeamBody) {
  return inTransaction(db, async (tx) => {
    const team = await tx.team.create({
      data: {
        name: input.name,
        memberships: { create: { userId: user.id, role: 'lead', discipline: input.discipline ?? 'marketing' } },
      },
    });
    return loadTeam(tx, user, team.id);
  });
}

async function membersOf(tx: Tx, teamId: string) {
  return tx.membership.findMany({
    where: { teamId },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
}

/** A lead changes anyone's role or discipline; a member may change only their own discipline. */
export async function updateMember(
  db: Database,
  options: { user: AuthUser; teamId: string; userId: string; input: UpdateMemberBody },
) {
  const { user, teamId, userId, input } = options;
  return inTransaction(db, async (tx) => {
    await lockTeam(tx, teamId);
    const access = await requireTeam(tx, user, teamId);
    if (input.role !== undefined) requireLead(access, "change a member's role");
    if (userId !== user.id) requireLead(access, "change another member's discipline");
    const members = await membersOf(tx, teamId);
    const target = members.find((m) => m.userId === userId);
    if (!target) throw new AppError('MEMBER_NOT_FOUND', `User ${userId} is not a member of this team.`);
    if (input.role !== undefined) unwrap(checkLeadRemains(members, { userId, role: input.role }));
    const updated = await tx.membership.update({
      where: { id: target.id },
      data: {
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.discipline !== undefined ? { discipline: input.discipline } : {}),
      },
      include: { user: { select: { id: true, name: true, email: true } } },
    });
    return toMember(updated);
  });
}

/** A lead removes a member; anyone may leave. The team's last lead can do neither. */
export async function removeMember(db: Database, options: { user: AuthUser; teamId: string; userId: string }) {
  const { user, teamId, userId } = options;
  await inTransaction(db, async (tx) => {
    await lockTeam(tx, teamId);
    const access = await requireTeam(tx, user, teamId);
    if (userId !== user.id) requireLead(access, 'remove members');
    const members = await membersOf(tx, teamId);
    const target = members.find((m) => m.userId === userId);
    if (!target) throw new AppError('MEMBER_NOT_FOUND', `User ${userId} is not a member of this team.`);
    unwrap(checkLeadRemains(members, { userId, role: null }));
    await tx.membership.delete({ where: { id: target.id } });
  });
}
