import { AppError } from '../../errors.ts';

/** Warnings shown at most; a 1,500-card board can have many of one kind. */
const WARNINGS_SHOWN = 50;

export const capWarnings = (warnings: readonly string[]): string[] =>
  warnings.length <= WARNINGS_SHOWN
    ? [...warnings]
    : [...warnings.slice(0, WARNINGS_SHOWN), `…and ${warnings.length - WARNINGS_SHOWN} more warnings`];

export const sampleTitles = (cards: readonly { title: string }[]) => cards.slice(0, 3).map((c) => c.title);

// PostgreSQL text cannot hold U+0000; a "\u0000" escape in the file would only surface as a 500.
const withoutNul = (_key: string, value: unknown) => (typeof value === 'string' ? value.replaceAll('\0', '') : value);

/** The file's text as JSON, or a 400 that says what is wrong and where. */
export function parseJsonFile(text: string): unknown {
  try {
    return JSON.parse(text, withoutNul);
  } catch (error) {
    const why = error instanceof SyntaxError ? ` (${error.message})` : '';
    throw new AppError(
      'VALIDATION_FAILED',
      `The file is not valid JSON${why}. Export the board again from Trello (Board menu → Print and export → JSON) and choose that file.`,
      { errors: [{ path: 'body.file', message: 'is not valid JSON' }] },
    );
  }
}
