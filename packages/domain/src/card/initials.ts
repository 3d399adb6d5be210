const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** First code point, upper-cased, kept to one code point ('ß' upper-cases to 'SS'). */
const upperFirst = (char: string): string => Array.from(char.toUpperCase())[0] ?? '';

/**
 * Two-letter avatar text: first letters of the first and last words ("Ana María López" → "AL"),
 * or the first two letters of a single word ("prince" → "PR"). Punctuation and emoji are skipped
 * and code points (not UTF-16 units) are counted, so "Łukasz Żak" → "ŁŻ".
 */
export const initials = (name: string | null | undefined): string => {
  if (!name) return '';
  const words = name
    .normalize('NFC')
    .split(/\s+/u)
    .map((word) => Array.from(word).filter((char) => LETTER_OR_DIGIT.test(char)))
    .filter((chars) => chars.length > 0);
  const first = words[0];
  const last = words.at(-1);
  if (first === undefined || last === undefined) return '';
  const picked = words.length === 1 ? first.slice(0, 2) : [first[0] ?? '', last[0] ?? ''];
  return picked.map(upperFirst).join('');
};
