import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeLabels } from './labels.ts';

describe('normalizeLabels', () => {
  it('trims, drops empty labels and keeps the order', () => {
    expect(normalizeLabels(['  Launch ', '', '   ', 'SEO'])).toEqual(['Launch', 'SEO']);
  });

  it('de-duplicates case-insensitively, keeping the first spelling', () => {
    expect(normalizeLabels(['SEO', 'seo ', 'Launch', 'Seo', 'launch'])).toEqual(['SEO', 'Launch']);
  });

  it('treats composed and decomposed accents as the same label', () => {
    expect(normalizeLabels(['Café', 'cafe\u0301'])).toEqual(['Café']);
  });

  it('keeps labels that differ in more than case', () => {
    expect(normalizeLabels(['Q1', 'Q1 launch', 'q2'])).toEqual(['Q1', 'Q1 launch', 'q2']);
  });

  it('property: idempotent, no blanks, no case-insensitive duplicates', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 })), (labels) => {
        const once = normalizeLabels(labels);
        expect(normalizeLabels(once)).toEqual(once);
        expect(once.every((l) => l === l.trim() && l !== '')).toBe(true);
        const keys = once.map((l) => l.normalize('NFC').toLowerCase());
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
