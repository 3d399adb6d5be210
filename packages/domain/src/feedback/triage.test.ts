import { describe, expect, it } from 'vitest';
import { triage } from './triage.ts';

const fresh = { id: 'a', status: 'new' as const };

describe('triage', () => {
  it('moves new feedback to accepted, duplicate or declined', () => {
    expect(triage(fresh, { kind: 'accept', cardCount: 2 })).toEqual({
      ok: true,
      value: { status: 'accepted', note: '' },
    });
    expect(triage(fresh, { kind: 'duplicate', of: 'b' })).toEqual({
      ok: true,
      value: { status: 'duplicate', note: '' },
    });
    expect(triage(fresh, { kind: 'decline', note: ' Out of scope ' })).toEqual({
      ok: true,
      value: { status: 'declined', note: 'Out of scope' },
    });
  });

  it('triages only once', () => {
    for (const status of ['accepted', 'duplicate', 'declined'] as const) {
      const result = triage({ id: 'a', status }, { kind: 'decline', note: 'again' });
      expect(!result.ok && result.error.code).toBe('FEEDBACK_ALREADY_TRIAGED');
    }
  });

  it('accepts into 1 to 10 cards', () => {
    expect(triage(fresh, { kind: 'accept', cardCount: 0 }).ok).toBe(false);
    expect(triage(fresh, { kind: 'accept', cardCount: 10 }).ok).toBe(true);
    expect(triage(fresh, { kind: 'accept', cardCount: 11 }).ok).toBe(false);
  });

  it('refuses a duplicate of itself or one that would close a loop', () => {
    expect(triage(fresh, { kind: 'duplicate', of: 'a' }).ok).toBe(false);
    const chain = new Map([
      ['c', 'b'],
      ['b', 'a'],
    ]);
    const loop = triage(fresh, { kind: 'duplicate', of: 'c' }, chain);
    expect(!loop.ok && loop.error.field).toBe('of');
    expect(triage(fresh, { kind: 'duplicate', of: 'c' }, new Map([['c', 'b']])).ok).toBe(true);
  });

  it('stops on a loop that does not involve the subject', () => {
    const elsewhere = new Map([
      ['b', 'c'],
      ['c', 'b'],
    ]);
    expect(triage(fresh, { kind: 'duplicate', of: 'b' }, elsewhere).ok).toBe(true);
  });

  it('needs a note of at most 500 characters to decline', () => {
    expect(triage(fresh, { kind: 'decline', note: '   ' }).ok).toBe(false);
    expect(triage(fresh, { kind: 'decline', note: 'n'.repeat(501) }).ok).toBe(false);
  });
});
