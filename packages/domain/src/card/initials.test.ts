import { describe, expect, it } from 'vitest';
import { initials } from './initials.ts';

describe('initials', () => {
  it.each([
    ['Ana María López', 'AL'],
    ['prince', 'PR'],
    ['ana lopez', 'AL'],
    ['  Ana   \t López  ', 'AL'],
    ['X', 'X'],
    ['Émile Zola', 'ÉZ'],
    ['émile zola', 'ÉZ'],
    ['Łukasz Żak', 'ŁŻ'],
    ['José Marti\u0301', 'JM'],
    ['Jean-Luc Picard', 'JP'],
    ["O'Brien", 'OB'],
    ['Ana (Marketing) 🙂', 'AM'],
    ['🙂 Ana', 'AN'],
    ['山田 太郎', '山太'],
    ['𝒜lice 𝒵eta', '𝒜𝒵'],
    ['ßaß', 'SA'],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it.each([[''], ['   '], [null], [undefined], ['🙂 - &']])('%j → empty', (name) => {
    expect(initials(name)).toBe('');
  });
});
