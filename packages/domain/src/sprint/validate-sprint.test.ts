import { describe, expect, it } from 'vitest';
import { SPRINT_LIMITS } from './limits.ts';
import { type SprintInput, validateSprintInput } from './validate-sprint.ts';

const base: SprintInput = { name: 'Black Friday push', goal: 'Ship the campaign', startDate: '2026-11-23' };

const failure = (input: Partial<SprintInput>) => {
  const result = validateSprintInput({ ...base, ...input });
  if (result.ok) throw new Error(`expected a failure for ${JSON.stringify(input)}`);
  return result.error;
};

describe('validateSprintInput', () => {
  it('normalises a full form and derives the end date', () => {
    expect(
      validateSprintInput({
        name: '  Black Friday push ',
        goal: ' Ship the campaign\n',
        startDate: ' 2026-11-23',
        lengthDays: 14,
        holidays: ['2026-12-01', '2026-11-26', '2026-12-01'],
      }),
    ).toEqual({
      ok: true,
      value: {
        name: 'Black Friday push',
        goal: 'Ship the campaign',
        startDate: '2026-11-23',
        lengthDays: 14,
        endDate: '2026-12-06',
        holidays: ['2026-11-26', '2026-12-01'],
      },
    });
  });

  it('defaults to 14 days, no goal and no holidays', () => {
    const result = validateSprintInput({ name: 'S1', startDate: '2026-11-28', goal: null, lengthDays: null });
    expect(result).toEqual({
      ok: true,
      value: { name: 'S1', goal: '', startDate: '2026-11-28', lengthDays: 14, endDate: '2026-12-11', holidays: [] },
    });
  });

  it('accepts each allowed length, ending on the right day', () => {
    const ends = [7, 14, 21, 28].map((lengthDays) => {
      const result = validateSprintInput({ ...base, lengthDays });
      return result.ok ? result.value.endDate : null;
    });
    expect(ends).toEqual(['2026-11-29', '2026-12-06', '2026-12-13', '2026-12-20']);
  });

  it('requires a name within the limit', () => {
    expect(failure({ name: '   ' })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'name',
      message: 'Sprint name is required',
    });
    const max = 'n'.repeat(SPRINT_LIMITS.nameMax);
    expect(validateSprintInput({ ...base, name: ` ${max} ` }).ok).toBe(true);
    expect(failure({ name: `${max}n` }).field).toBe('name');
  });

  it('limits the goal', () => {
    expect(validateSprintInput({ ...base, goal: 'g'.repeat(SPRINT_LIMITS.goalMax) }).ok).toBe(true);
    expect(failure({ goal: 'g'.repeat(SPRINT_LIMITS.goalMax + 1) })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'goal',
      message: 'Sprint goal must be at most 500 characters',
    });
  });

  it('requires a real start date', () => {
    expect(failure({ startDate: '2026-02-29' }).field).toBe('startDate');
    expect(failure({ startDate: '23/11/2026' }).field).toBe('startDate');
    expect(failure({ startDate: '9999-12-20' })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'startDate',
      message: 'Start date is too far in the future',
    });
  });

  it('allows only whole weeks from one to four', () => {
    for (const lengthDays of [0, 1, 10, 15, 35, 14.5, Number.NaN]) {
      expect(failure({ lengthDays })).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'lengthDays',
        message: 'Sprint length must be 7, 14, 21, 28 days',
      });
    }
  });

  it('rejects holidays that are not dates or fall outside the sprint', () => {
    expect(failure({ holidays: ['2026-12-32'] }).field).toBe('holidays');
    expect(failure({ holidays: ['2026-11-22'] })).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'holidays',
      message: 'Holiday 2026-11-22 is outside the sprint (2026-11-23 – 2026-12-06)',
    });
    expect(failure({ holidays: ['2026-12-07'] }).field).toBe('holidays');
    // first and last day are inside
    expect(validateSprintInput({ ...base, holidays: ['2026-11-23', '2026-12-06'] }).ok).toBe(true);
  });

  it('reports the first error in form order', () => {
    expect(failure({ name: '', startDate: 'x', lengthDays: 3 }).field).toBe('name');
    expect(failure({ startDate: 'x', lengthDays: 3 }).field).toBe('startDate');
  });
});
