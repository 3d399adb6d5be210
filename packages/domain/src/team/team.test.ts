import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDateIn,
  checkCanJoin,
  checkInviteUsable,
  checkLeadRemains,
  checkPassword,
  inviteExpiry,
  inviteStatus,
  isTimeZone,
  normaliseEmail,
  TEAM_MAX_MEMBERS,
  utcOffsetMinutesIn,
} from './team.ts';

describe('checkCanJoin', () => {
  it('lets people join until the team has ten members', () => {
    expect(TEAM_MAX_MEMBERS).toBe(10);
    for (let count = 0; count < 10; count++) expect(checkCanJoin(count).ok).toBe(true);
  });

  it('refuses the eleventh member with a clear message', () => {
    const result = checkCanJoin(10);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('TEAM_FULL');
    expect(result.error.message).toContain('10');
  });
});

describe('checkLeadRemains', () => {
  const team = [
    { userId: 'ana', role: 'lead' as const },
    { userId: 'ben', role: 'member' as const },
  ];

  it('refuses to demote or remove the only lead', () => {
    const refusal = (role: 'member' | null) => {
      const result = checkLeadRemains(team, { userId: 'ana', role });
      return result.ok ? null : [result.error.code, result.error.message];
    };
    expect(refusal('member')).toEqual([
      'LAST_LEAD',
      "You are the team's only lead, so you cannot stop being its lead. Make another member a lead first.",
    ]);
    expect(refusal(null)).toEqual([
      'LAST_LEAD',
      "You are the team's only lead, so you cannot leave the team. Make another member a lead first.",
    ]);
  });

  it('allows it once there is another lead', () => {
    const twoLeads = [...team, { userId: 'cy', role: 'lead' as const }];
    expect(checkLeadRemains(twoLeads, { userId: 'ana', role: 'member' }).ok).toBe(true);
    expect(checkLeadRemains(twoLeads, { userId: 'ana', role: null }).ok).toBe(true);
  });

  it('never blocks changes to members or promotions', () => {
    expect(checkLeadRemains(team, { userId: 'ben', role: null }).ok).toBe(true);
    expect(checkLeadRemains(team, { userId: 'ben', role: 'lead' }).ok).toBe(true);
    expect(checkLeadRemains(team, { userId: 'ana', role: 'lead' }).ok).toBe(true);
  });
});

describe('normaliseEmail', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Priya.Shah@Example.COM ')).toBe('priya.shah@example.com');
  });
});

describe('checkPassword', () => {
  it('accepts 10 to 200 characters', () => {
    expect(checkPassword('a'.repeat(10)).ok).toBe(true);
    expect(checkPassword('a'.repeat(200)).ok).toBe(true);
  });

  it('names the password field when too short or too long', () => {
    for (const password of ['a'.repeat(9), 'a'.repeat(201)]) {
      const result = checkPassword(password);
      expect(result.ok ? null : result.error.field).toBe('password');
    }
  });
});

describe('invites', () => {
  const created = new Date('2026-11-01T10:00:00Z');
  const fresh = { expiresAt: inviteExpiry(created), usedAt: null, revokedAt: null };

  it('expire seven days after they are made', () => {
    expect(fresh.expiresAt.toISOString()).toBe('2026-11-08T10:00:00.000Z');
    expect(inviteStatus(fresh, new Date('2026-11-08T09:59:59Z'))).toBe('pending');
    expect(inviteStatus(fresh, new Date('2026-11-08T10:00:00Z'))).toBe('expired');
  });

  it('are usable only while pending', () => {
    const now = new Date('2026-11-02T00:00:00Z');
    expect(checkInviteUsable(fresh, now).ok).toBe(true);
    const cases = [null, { ...fresh, usedAt: now }, { ...fresh, revokedAt: now }, { ...fresh, expiresAt: created }];
    for (const invite of cases) {
      const result = checkInviteUsable(invite, now);
      expect(result.ok ? null : result.error.code).toBe('INVITE_INVALID');
    }
    expect(inviteStatus({ ...fresh, usedAt: now, revokedAt: now }, now)).toBe('used');
  });
});

describe('isTimeZone', () => {
  it('accepts IANA zones and UTC', () => {
    for (const zone of ['Europe/Paris', 'America/New_York', 'Pacific/Kiritimati', 'UTC']) {
      expect(isTimeZone(zone)).toBe(true);
    }
  });

  it('refuses names that are not time zones', () => {
    for (const zone of ['', 'Paris', 'Europe/Atlantis', 'GMT+25', 'x'.repeat(65)]) {
      expect(isTimeZone(zone)).toBe(false);
    }
  });
});

describe('calendarDateIn', () => {
  const instant = new Date('2030-01-07T23:30:00Z');

  it("is the calendar date at that instant in the team's zone", () => {
    expect(calendarDateIn('UTC', instant)).toBe('2030-01-07');
    expect(calendarDateIn('Europe/Berlin', instant)).toBe('2030-01-08');
    expect(calendarDateIn('America/Los_Angeles', instant)).toBe('2030-01-07');
    expect(calendarDateIn('Pacific/Kiritimati', new Date('2030-01-07T10:00:00Z'))).toBe('2030-01-08');
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(calendarDateIn('Mars/Olympus_Mons', instant)).toBe('2030-01-07');
  });
});

describe('utcOffsetMinutesIn', () => {
  it("is how far the zone's clock is ahead of UTC at that instant, summer time included", () => {
    expect(utcOffsetMinutesIn('UTC', new Date('2030-01-07T23:30:00Z'))).toBe(0);
    expect(utcOffsetMinutesIn('Europe/Paris', new Date('2030-01-07T23:30:00Z'))).toBe(60);
    expect(utcOffsetMinutesIn('Europe/Paris', new Date('2030-07-07T23:30:00Z'))).toBe(120);
    expect(utcOffsetMinutesIn('America/New_York', new Date('2030-01-07T03:30:45Z'))).toBe(-300);
    expect(utcOffsetMinutesIn('Asia/Kolkata', new Date('2030-01-07T20:00:00Z'))).toBe(330);
    expect(utcOffsetMinutesIn('Pacific/Kiritimati', new Date('2030-01-07T10:00:00Z'))).toBe(840);
  });

  it("shifts an instant onto the zone's calendar date, for any instant and zone", () => {
    const zones = ['UTC', 'Europe/Paris', 'America/St_Johns', 'Asia/Kathmandu', 'Pacific/Chatham', 'America/Adak'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1990, 0), max: Date.UTC(2060, 0) }),
        (zone, ms) => {
          const at = new Date(ms);
          const shifted = new Date(ms + utcOffsetMinutesIn(zone, at) * 60_000);
          expect(shifted.toISOString().slice(0, 10)).toBe(calendarDateIn(zone, at));
        },
      ),
    );
  });

  it('is 0 for a zone the runtime does not know', () => {
    expect(utcOffsetMinutesIn('Mars/Olympus_Mons', new Date('2030-01-07T10:00:00Z'))).toBe(0);
  });
});
