import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './due-date.ts';
import { CARD_LIMITS, DEFAULT_EFFORT_SCALE } from './limits.ts';
import { type CardFields, validateCardFields } from './validate-card.ts';

const validate = (input: CardFields) => validateCardFields(input, DEFAULT_EFFORT_SCALE);
const failure = (input: CardFields) => {
  const result = validate(input);
  if (result.ok) throw new Error(`expected a failure for ${JSON.stringify(input)}`);
  return result.error;
};

describe('validateCardFields', () => {
  it('normalises every field of a full card', () => {
    expect(
      validate({
        title: '  Launch post  ',
        description: '  - bullet\n',
        effort: 3,
        labels: [' SEO', 'seo', 'Blog '],
        dueDate: '2028-02-29',
        assignee: '  Ana López ',
      }),
    ).toEqual({
      ok: true,
      value: {
        title: 'Launch post',
        description: '  - bullet\n',
        effort: 3,
        labels: ['SEO', 'Blog'],
        dueDate: '2028-02-29',
        assignee: 'Ana López',
      },
    });
  });

  it('validates and returns only the fields present (partial update)', () => {
    expect(validate({})).toEqual({ ok: true, value: {} });
    expect(validate({ effort: null })).toEqual({ ok: true, value: { effort: null } });
    expect(validate({ title: undefined, dueDate: null })).toEqual({ ok: true, value: { dueDate: null } });
  });

  describe('title', () => {
    it('is required when present', () => {
      expect(failure({ title: '   ' })).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'title',
        message: 'Title is required',
      });
    });

    it('is limited after trimming', () => {
      const max = 'x'.repeat(CARD_LIMITS.titleMax);
      expect(validate({ title: ` ${max} ` })).toEqual({ ok: true, value: { title: max } });
      expect(failure({ title: `${max}x` }).field).toBe('title');
    });
  });

  it('limits the description', () => {
    expect(validate({ description: 'd'.repeat(CARD_LIMITS.descriptionMax) }).ok).toBe(true);
    expect(failure({ description: 'd'.repeat(CARD_LIMITS.descriptionMax + 1) }).field).toBe('description');
  });

  it('checks effort against the given scale', () => {
    expect(failure({ effort: 4 })).toMatchObject({ field: 'effort', message: expect.stringContaining('0, 0.5, 1') });
    expect(validateCardFields({ effort: 4 }, [1, 2, 4])).toEqual({ ok: true, value: { effort: 4 } });
  });

  describe('labels', () => {
    it('counts labels after de-duplication', () => {
      const labels = Array.from({ length: CARD_LIMITS.labelsMax }, (_, i) => `L${i}`);
      expect(validate({ labels: [...labels, 'l0', ' L1 ', ''] })).toEqual({ ok: true, value: { labels } });
      expect(failure({ labels: [...labels, 'one more'] })).toMatchObject({ field: 'labels' });
    });

    it('limits the length of each label', () => {
      expect(validate({ labels: ['x'.repeat(CARD_LIMITS.labelMax)] }).ok).toBe(true);
      expect(failure({ labels: ['ok', 'x'.repeat(CARD_LIMITS.labelMax + 1)] }).field).toBe('labels');
    });
  });

  describe('dueDate', () => {
    it.each(['2026-01-31', '2026-12-31', '2024-02-29', '2000-02-29'])('accepts %s', (dueDate) => {
      expect(validate({ dueDate })).toEqual({ ok: true, value: { dueDate } });
    });

    it.each([
      '2026-02-30',
      '2026-02-29',
      '1900-02-29',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '2026-01-05T00:00:00Z',
      ' 2026-01-05',
      '05/01/2026',
      '',
    ])('rejects %j', (dueDate) => {
      expect(failure({ dueDate })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'dueDate' });
    });
  });

  describe('assignee', () => {
    it('trims and turns blank into null', () => {
      expect(validate({ assignee: '   ' })).toEqual({ ok: true, value: { assignee: null } });
      expect(validate({ assignee: null })).toEqual({ ok: true, value: { assignee: null } });
      expect(validate({ assignee: ' Bo ' })).toEqual({ ok: true, value: { assignee: 'Bo' } });
    });

    it('is limited after trimming', () => {
      expect(validate({ assignee: ` ${'a'.repeat(CARD_LIMITS.assigneeMax)} ` }).ok).toBe(true);
      expect(failure({ assignee: 'a'.repeat(CARD_LIMITS.assigneeMax + 1) }).field).toBe('assignee');
    });
  });

  it('reports the first failing field in form order', () => {
    const allBad: CardFields = {
      assignee: 'a'.repeat(CARD_LIMITS.assigneeMax + 1),
      dueDate: 'soon',
      labels: ['x'.repeat(CARD_LIMITS.labelMax + 1)],
      effort: 7,
      description: 'd'.repeat(CARD_LIMITS.descriptionMax + 1),
      title: '',
    };
    expect(failure(allBad).field).toBe('title');
    expect(failure({ ...allBad, title: 'ok' }).field).toBe('description');
    expect(failure({ ...allBad, title: 'ok', description: '' }).field).toBe('effort');
    expect(failure({ ...allBad, title: 'ok', description: '', effort: 1 }).field).toBe('labels');
    expect(failure({ ...allBad, title: 'ok', description: '', effort: 1, labels: [] }).field).toBe('dueDate');
  });
});

describe('isCalendarDate', () => {
  it('follows the Gregorian leap-year rule', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2400-02-29')).toBe(true);
  });

  it('agrees with the calendar for every day of a leap and a common year', () => {
    for (const year of [2026, 2028]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
          expect(isCalendarDate(text), text).toBe(real);
        }
      }
    }
  });
});
