import { describe, expect, it } from 'vitest';
import { checkColumnNameFree, columnNameKey, distinctColumnNames } from './name.ts';

describe('column names', () => {
  const board = [{ name: 'To do' }, { name: 'Doing' }, { name: 'Done' }];

  it('are the same name whatever the case, spacing or Unicode form', () => {
    expect(columnNameKey('  In   Review ')).toBe('in review');
    expect(columnNameKey('Cafe\u0301')).toBe(columnNameKey('Café'));
  });

  it('may not repeat on a board', () => {
    expect(checkColumnNameFree('Review', board)).toEqual({ ok: true, value: 'Review' });
    expect(checkColumnNameFree('doing ', board)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        field: 'name',
        message: 'This board already has a column named "Doing"; choose another name.',
      },
    });
    expect(checkColumnNameFree('TO  DO', board).ok).toBe(false);
  });

  it('for new columns, number the repeats of a name, within the length limit', () => {
    expect(distinctColumnNames(['Doing', 'Done', 'doing', 'Doing (2)', 'Doing'], 60)).toEqual([
      'Doing',
      'Done',
      'doing (2)',
      'Doing (2) (2)',
      'Doing (3)',
    ]);
    expect(distinctColumnNames(['x'.repeat(10), 'x'.repeat(10)], 10)).toEqual(['x'.repeat(10), `${'x'.repeat(6)} (2)`]);
  });
});
