import type { Role } from '@echoboard/domain';
import type { Database } from '../db/database.ts';
import type { Tx } from '../db/transaction.ts';
import { AppError, notFound } from '../errors.ts';
import type { AuthUser } from './auth/sessions.ts';

type Client = Database['prisma'] | Tx;

export interface Access {
  teamId: string;
  role: Role;
}

/*
 * Object-level authorisation. Each helper finds the caller's membership in the team that owns the
 * resource, in one query. A resource of another team is answered exactly like one that does not
 * exist (the same 404 code and message), so ids of other teams leak nothing.
 */

const membership = (client: Client, userId: string, team: object) =>
  client.membership.findFirst({ where: { userId, team }, select: { teamId: true, role: true } });

export async function requireTeam(client: Client, user: AuthUser, teamId: string): Promise<Access> {
  const access = await membership(client, user.id, { id: teamId });
  if (!access) throw new AppError('TEAM_NOT_FOUND', `No team with id ${teamId} that you belong to.`);
  return access;
}

export async function requireBoard(client: Client, user: AuthUser, boardId: string): Promise<Access> {
  const access = await membership(client, user.id, { boards: { some: { id: boardId } } });
  if (!access) throw notFound('BOARD_NOT_FOUND', boardId);
  return access;
}

export async function requireColumn(client: Client, user: AuthUser, columnId: string): Promise<Access> {
  const access = await membership(client, user.id, { boards: { some: { columns: { some: { id: columnId } } } } });
  if (!access) throw notFound('COLUMN_NOT_FOUND', columnId);
  return access;
}

export async function requireCard(client: Client, user: AuthUser, cardId: string): Promise<Access> {
  const access = await membership(client, user.id, { cards: { some: { id: cardId } } });
  if (!access) throw notFound('CARD_NOT_FOUND', cardId);
  return access;
}

export async function requireSprint(client: Client, user: AuthUser, sprintId: string): Promise<Access> {
  const access = await membership(client, user.id, { boards: { some: { sprints: { some: { id: sprintId } } } } });
  if (!access) throw notFound('SPRINT_NOT_FOUND', sprintId);
  return access;
}

/** Lead-only actions on one's own team: a 403 here tells a member nothing they did not know. */
export function requireLead(access: Access, action: string): void {
  if (access.role !== 'lead') {
    throw new AppError('FORBIDDEN', `Only a team lead can ${action}. Ask one of your team's leads.`);
  }
}
