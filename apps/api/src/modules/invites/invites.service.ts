import type { CreatedInvite, Invite, InvitePreview } from '@echoboard/contracts';
import { checkCanJoin, checkInviteUsable, inviteExpiry, inviteStatus } from '@echoboard/domain';
import type { Database } from '../../db/database.ts';
import { inTransaction } from '../../db/transaction.ts';
import { AppError, unwrap } from '../../errors.ts';
import type * as Prisma from '../../generated/prisma/client.ts';
import { requireLead, requireTeam } from '../access.ts';
import type { AuthUser } from '../auth/sessions.ts';
import { loadTeam, lockTeam } from '../teams/teams.service.ts';
import { hashToken, newToken } from '../tokens.ts';

type InviteRow = Prisma.Invite & {
  createdBy: { id: string; name: string };
  usedBy: { id: string; name: string } | null;
};

const people = { createdBy: { select: { id: true, name: true } }, usedBy: { select: { id: true, name: true } } };

const toInvite = (invite: InviteRow, now = new Date()): Invite => ({
  id: invite.id,
  teamId: invite.teamId,
  status: inviteStatus(invite, now),
  createdBy: { userId: invite.createdBy.id, name: invite.createdBy.name },
  createdAt: invite.createdAt.toISOString(),
  expiresAt: invite.expiresAt.toISOString(),
  usedBy: invite.usedBy ? { userId: invite.usedBy.id, name: invite.usedBy.name } : null,
});

function invalid(): never {
  const result = checkInviteUsable(null, new Date());
  throw result.ok ? new Error('unreachable: a missing invite is never usable') : AppError.fromDomain(result.error);
}

/** A lead makes a single-use link valid for seven days; the token is returned this once only. */
export async function createInvite(db: Database, user: AuthUser, teamId: string): Promise<CreatedInvite> {
  return inTransaction(db, async (tx) => {
    const access = await requireTeam(tx, user, teamId);
    requireLead(access, 'invite people');
    unwrap(checkCanJoin(await tx.membership.count({ where: { teamId } })));
    const token = newToken();
    const now = new Date();
    const invite = await tx.invite.create({
      data: { teamId, tokenHash: hashToken(token), createdById: user.id, createdAt: now, expiresAt: inviteExpiry(now) },
      include: people,
    });
    return { invite: toInvite(invite), token, url: `/invite/${token}` };
  });
}

export async function listInvites(db: Database, user: AuthUser, teamId: string) {
  const access = await requireTeam(db.prisma, user, teamId);
  requireLead(access, 'see invites');
  const invites = await db.prisma.invite.findMany({
    where: { teamId },
    include: people,
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
  });
  const now = new Date();
  return invites.map((invite) => toInvite(invite, now));
}

/** Revoking is idempotent; a used invite stays used. */
export async function revokeInvite(db: Database, user: AuthUser, options: { teamId: string; inviteId: string }) {
  const access = await requireTeam(db.prisma, user, options.teamId);
  requireLead(access, 'revoke invites');
  const invite = await db.prisma.invite.findFirst({ where: { id: options.inviteId, teamId: options.teamId } });
  if (!invite) throw new AppError('NOT_FOUND', `No invite with id ${options.inviteId} in this team.`);
  if (!invite.usedAt && !invite.revokedAt) {
    await db.prisma.invite.update({ where: { id: invite.id }, data: { revokedAt: new Date() } });
  }
}

/** What the invite page shows before anyone signs in. Unknown, used, revoked, expired: one 404. */
export async function previewInvite(db: Database, token: string): Promise<InvitePreview> {
  const invite = await db.prisma.invite.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { team: { include: { _count: { select: { memberships: true } } } }, createdBy: true },
  });
  if (!invite) return invalid();
  unwrap(checkInviteUsable(invite, new Date()));
  return {
    teamName: invite.team.name,
    invitedBy: invite.createdBy.name,
    expiresAt: invite.expiresAt.toISOString(),
    memberCount: invite.team._count.memberships,
  };
}

/**
 * Joins the signed-in person to the invite's team. The team row lock makes concurrent accepts
 * take turns, so the member count checked is the count written: a team never passes ten. The
 * invite row lock makes it single-use.
 */
export async function acceptInvite(db: Database, user: AuthUser, token: string) {
  return inTransaction(db, async (tx) => {
    const found = await tx.invite.findUnique({ where: { tokenHash: hashToken(token) }, select: { teamId: true } });
    if (!found) return invalid();
    await lockTeam(tx, found.teamId);
    const [locked] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM invites WHERE token_hash = ${hashToken(token)} FOR UPDATE`;
    const invite = locked ? await tx.invite.findUnique({ where: { id: locked.id } }) : null;
    unwrap(checkInviteUsable(invite, new Date()));
    if (!invite) return invalid();
    const already = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: invite.teamId, userId: user.id } },
    });
    if (already) {
      throw new AppError('ALREADY_MEMBER', 'You are already a member of this team; the invite is still unused.');
    }
    unwrap(checkCanJoin(await tx.membership.count({ where: { teamId: invite.teamId } })));
    await tx.membership.create({ data: { teamId: invite.teamId, userId: user.id, role: 'member' } });
    await tx.invite.update({ where: { id: invite.id }, data: { usedAt: new Date(), usedById: user.id } });
    return loadTeam(tx, user, invite.teamId);
  });
}
