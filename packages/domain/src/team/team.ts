import { domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import type { CalendarDate } from '../sprint/calendar.ts';

/** A marketing team stays small enough to stand around one board. */
export const TEAM_MAX_MEMBERS = 10;

export const ROLES = ['lead', 'member'] as const;
export type Role = (typeof ROLES)[number];

export const DISCIPLINES = ['marketing', 'content', 'design', 'dev', 'ops', 'analytics', 'other'] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const TEAM_LIMITS = {
  nameMax: 80,
  personNameMax: 80,
  emailMax: 254,
  timeZoneMax: 64,
} as const;

/**
 * Whether a name is an IANA time zone this runtime knows ("Europe/Paris", "UTC"). The team's
 * time zone decides which calendar day it is for sprints, the scrum and campaigns.
 */
export function isTimeZone(name: string): boolean {
  if (name.length === 0 || name.length > TEAM_LIMITS.timeZoneMax) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// Building a DateTimeFormat costs far more than using one: the scrum reckons every card's days.
const zoneFormats = new Map<string, Intl.DateTimeFormat | null>();
/** The wall clock of an instant in a time zone; null for a zone the runtime does not know. */
function wallClock(timeZone: string, at: Date) {
  let format = zoneFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
    } catch {
      format = null;
    }
    zoneFormats.set(timeZone, format);
  }
  if (!format) return null;
  const part = Object.fromEntries(format.formatToParts(at).map(({ type, value }) => [type, value]));
  return { date: `${part.year}-${part.month}-${part.day}`, hour: Number(part.hour), minute: Number(part.minute) };
}

/**
 * The calendar date ('YYYY-MM-DD') it is at an instant in a time zone: the team's day decides
 * sprint days and the scrum's, so the API and every viewer's browser must reckon it alike. An
 * unknown zone (bad data) reads as UTC rather than failing every sprint page of the team.
 */
export function calendarDateIn(timeZone: string, at: Date): CalendarDate {
  return wallClock(timeZone, at)?.date ?? at.toISOString().slice(0, 10);
}

/** Minutes a time zone's clock is ahead of UTC at an instant (+60 for Paris in winter); 0 if unknown. */
export function utcOffsetMinutesIn(timeZone: string, at: Date): number {
  const clock = wallClock(timeZone, at);
  if (!clock) return 0;
  const [year, month, day] = clock.date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, clock.hour, clock.minute);
  return Math.round((wall - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** Whether one more person may join a team that has `memberCount` members now. */
export function checkCanJoin(memberCount: number, max = TEAM_MAX_MEMBERS): Result<true> {
  if (memberCount >= max) {
    return err(
      domainError(
        'TEAM_FULL',
        `The team already has ${memberCount} members, the most a team can have (${max}). Remove someone before adding another.`,
      ),
    );
  }
  return ok(true);
}

export interface MemberRole {
  userId: string;
  role: Role;
}

/**
 * A team always keeps at least one lead: refuses a change that would leave none. `change` is a
 * removal (role null) or a new role for one member. Only a lead may remove or demote someone, so
 * a change that would take the only lead away is always that lead's own: the message says "you".
 */
export function checkLeadRemains(
  members: readonly MemberRole[],
  change: { userId: string; role: Role | null },
): Result<true> {
  const target = members.find((m) => m.userId === change.userId);
  if (target?.role !== 'lead' || change.role === 'lead') return ok(true);
  const otherLeads = members.filter((m) => m.role === 'lead' && m.userId !== change.userId).length;
  if (otherLeads === 0) {
    const what = change.role === null ? 'leave the team' : 'stop being its lead';
    return err(
      domainError(
        'LAST_LEAD',
        `You are the team's only lead, so you cannot ${what}. Make another member a lead first.`,
      ),
    );
  }
  return ok(true);
}

/** Emails compare case-insensitively; we store them trimmed and lower-cased. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export const PASSWORD_POLICY = { min: 10, max: 200 } as const;

/** Length is the one rule that helps: long passphrases beat character-class puzzles. */
export function checkPassword(password: string): Result<true> {
  if (password.length < PASSWORD_POLICY.min) {
    return err(
      domainError('VALIDATION_FAILED', `Password must be at least ${PASSWORD_POLICY.min} characters`, 'password'),
    );
  }
  if (password.length > PASSWORD_POLICY.max) {
    return err(
      domainError('VALIDATION_FAILED', `Password must be at most ${PASSWORD_POLICY.max} characters`, 'password'),
    );
  }
  return ok(true);
}

export const INVITE_TTL_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

export const inviteExpiry = (createdAt: Date) => new Date(createdAt.getTime() + INVITE_TTL_DAYS * DAY_MS);

export type InviteStatus = 'pending' | 'used' | 'revoked' | 'expired';

export interface InviteState {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export function inviteStatus(invite: InviteState, now: Date): InviteStatus {
  if (invite.usedAt) return 'used';
  if (invite.revokedAt) return 'revoked';
  if (invite.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** An invite opens the door once, within its week, unless a lead revoked it. */
export function checkInviteUsable(invite: InviteState | null, now: Date): Result<true> {
  if (!invite || inviteStatus(invite, now) !== 'pending') {
    return err(
      domainError(
        'INVITE_INVALID',
        'This invite link is not valid: it may have been used, revoked or have expired. Ask a team lead for a new one.',
      ),
    );
  }
  return ok(true);
}
