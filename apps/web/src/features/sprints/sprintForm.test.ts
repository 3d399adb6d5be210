import { describe, expect, it } from 'vitest';
import { defaultStartDate, type SprintFormValues, validateSprintForm } from './sprintForm.ts';

const form = (overrides: Partial<SprintFormValues> = {}): SprintFormValues => ({
  name: 'Sprint 4',
  goal: 'Launch the spring campaign',
  startDate: '2030-01-07',
  lengthDays: '14',
  holidays: '',
  ...overrides,
});

describe('validateSprintForm', () => {
  it('sends what the person typed, trimmed, with holidays split on commas and spaces', () => {
    expect(validateSprintForm(form({ name: ' Sprint 4 ', holidays: '2030-01-08, 2030-01-09 2030-01-10' }))).toEqual({
      ok: true,
      value: {
        name: 'Sprint 4',
        goal: 'Launch the spring campaign',
        startDate: '2030-01-07',
        lengthDays: 14,
        holidays: ['2030-01-08', '2030-01-09', '2030-01-10'],
      },
    });
  });

  it('names every field it can check itself at once', () => {
    const result = validateSprintForm(form({ name: ' ', startDate: '7 Jan', holidays: '2030-01-08, soon' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Give the sprint a name.',
        startDate: 'Enter a start date, like 2026-03-02.',
        holidays: '“soon” is not a date; write holidays as YYYY-MM-DD, separated by commas.',
      },
    });
  });

  it('refuses before sending what the server would refuse: a holiday outside the sprint, a length it does not offer', () => {
    expect(validateSprintForm(form({ holidays: '2030-01-21' }))).toEqual({
      ok: false,
      errors: { holidays: 'Holiday 2030-01-21 is outside the sprint (2030-01-07 – 2030-01-20).' },
    });
    expect(validateSprintForm(form({ lengthDays: '9' }))).toMatchObject({
      ok: false,
      errors: { lengthDays: expect.stringMatching(/^Sprint length must be/) },
    });
  });
});

describe('defaultStartDate', () => {
  it('follows the last sprint not yet completed, else starts next Monday', () => {
    const sprints = [
      { endDate: '2030-01-20', state: 'active' as const },
      { endDate: '2030-02-03', state: 'planned' as const },
      { endDate: '2030-03-01', state: 'completed' as const },
    ];
    expect(defaultStartDate(sprints, '2030-01-10')).toBe('2030-02-04');
    // 2030-01-10 is a Thursday; a Monday moves to the Monday after.
    expect(defaultStartDate([], '2030-01-10')).toBe('2030-01-14');
    expect(defaultStartDate([], '2030-01-14')).toBe('2030-01-21');
  });
});
