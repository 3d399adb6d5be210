/**
 * Fractional-index rank keys, after David Greenspan's "Implementing Fractional Indexing"
 * (observablehq.com/@dgreensp/implementing-fractional-indexing), base 62.
 *
 * A key is an "integer part" followed by an optional "fraction part":
 * - the integer part's head letter encodes its length, so integers of different lengths still
 *   compare correctly as strings: 'a'..'z' = 2..27 characters (non-negative), 'A'..'Z' = 27..2
 *   characters (negative, so that 'Z' sorts just below 'a');
 * - the fraction part never ends in '0', otherwise 'a0' and 'a00' would be distinct keys
 *   naming the same position, and no key would exist between them.
 * Appending at either end only increments/decrements the integer, so keys stay short when
 * cards are added to the top or bottom, which is what people do most.
 *
 * Keys compare byte-wise (plain `<` on ASCII strings, PostgreSQL `COLLATE "C"`).
 */

export const RANK_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ZERO = '0';
const LAST = 'z';
const BASE = RANK_DIGITS.length;
/**
 * The smallest integer ('A' followed by 26 zeros) is not a key by itself, so that a key below
 * every key always exists (it and a fraction, e.g. 'A000…0V').
 */
const SMALLEST_INTEGER = `A${ZERO.repeat(26)}`;
const KEY_CHARS = /^[0-9A-Za-z]+$/;

const digitValue = (ch: string): number => RANK_DIGITS.indexOf(ch);
const digitAt = (value: number): string => RANK_DIGITS.charAt(value);

/** Byte-wise comparator for Array.prototype.sort; equal to PostgreSQL `COLLATE "C"` on these keys. */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Length of the integer part announced by its head letter, or null when the head is not a letter. */
const integerLength = (head: string): number | null => {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2;
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2;
  return null;
};

export const isValidKey = (key: string): boolean => {
  if (typeof key !== 'string' || !KEY_CHARS.test(key)) return false;
  const length = integerLength(key.charAt(0));
  if (length === null || length > key.length) return false;
  if (key === SMALLEST_INTEGER) return false;
  return !(key.length > length && key.endsWith(ZERO));
};

const assertValidKey = (key: string): void => {
  if (!isValidKey(key)) throw new RangeError(`Invalid rank key: ${JSON.stringify(key)}`);
};

const splitKey = (key: string): [integer: string, fraction: string] => {
  const length = integerLength(key.charAt(0)) ?? key.length;
  return [key.slice(0, length), key.slice(length)];
};

/**
 * A fraction strictly between fractions a and b (b null = 1), as short as possible.
 * Both are digit strings without trailing zeros; a < b.
 */
const midpoint = (a: string, b: string | null): string => {
  if (b !== null) {
    // Skip the common prefix, padding `a` with zeros (`b` cannot end first because a < b).
    let n = 0;
    while ((a.charAt(n) || ZERO) === b.charAt(n)) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const digitA = a ? digitValue(a.charAt(0)) : 0;
  const digitB = b !== null ? digitValue(b.charAt(0)) : BASE;
  if (digitB - digitA > 1) return digitAt(Math.round((digitA + digitB) / 2));
  // The first digits are consecutive: a single digit works only if `b` goes on after it.
  if (b !== null && b.length > 1) return b.slice(0, 1);
  // e.g. midpoint('49', '5') = '4' + midpoint('9', null) = '49' + midpoint('', null) = '49V'
  return digitAt(digitA) + midpoint(a.slice(1), null);
};

/** Next integer, or null when 'z' + 26 'z's is exceeded (about 62^26 appends: never in practice). */
const incrementInteger = (integer: string): string | null => {
  const head = integer.charAt(0);
  const digits = Array.from(integer.slice(1));
  for (let i = digits.length - 1; i >= 0; i--) {
    const next = digitValue(digits[i] ?? ZERO) + 1;
    if (next < BASE) {
      digits[i] = digitAt(next);
      return head + digits.join('');
    }
    digits[i] = ZERO;
  }
  // Carried out of every digit: move to the next head, which changes the length by one.
  if (head === 'Z') return `a${ZERO}`;
  if (head === 'z') return null;
  const nextHead = String.fromCharCode(head.charCodeAt(0) + 1);
  if (nextHead > 'a') digits.push(ZERO);
  else digits.pop();
  return nextHead + digits.join('');
};

/** Previous integer, or null below 'A' + 26 digits. */
const decrementInteger = (integer: string): string | null => {
  const head = integer.charAt(0);
  const digits = Array.from(integer.slice(1));
  for (let i = digits.length - 1; i >= 0; i--) {
    const previous = digitValue(digits[i] ?? ZERO) - 1;
    if (previous >= 0) {
      digits[i] = digitAt(previous);
      return head + digits.join('');
    }
    digits[i] = LAST;
  }
  if (head === 'a') return `Z${LAST}`;
  if (head === 'A') return null;
  const previousHead = String.fromCharCode(head.charCodeAt(0) - 1);
  if (previousHead < 'Z') digits.push(LAST);
  else digits.pop();
  return previousHead + digits.join('');
};

/**
 * A key strictly between a and b (null = open end).
 * Throws RangeError for an invalid key or a >= b: callers pass keys read from ordered rows,
 * so this is a programming error, never a user's.
 */
export const keyBetween = (a: string | null, b: string | null): string => {
  if (a !== null) assertValidKey(a);
  if (b !== null) assertValidKey(b);
  if (a !== null && b !== null && a >= b) {
    throw new RangeError(`Rank keys out of order: ${JSON.stringify(a)} >= ${JSON.stringify(b)}`);
  }
  if (a === null) {
    if (b === null) return `a${ZERO}`;
    const [intB, fracB] = splitKey(b);
    if (intB === SMALLEST_INTEGER) return intB + midpoint('', fracB);
    // b has a fraction, so its bare integer is already below it.
    if (intB < b) return intB;
    const previous = decrementInteger(intB);
    if (previous === null) throw new RangeError('Rank key space exhausted at the start');
    return previous;
  }
  const [intA, fracA] = splitKey(a);
  if (b === null) {
    const next = incrementInteger(intA);
    return next ?? intA + midpoint(fracA, null);
  }
  const [intB, fracB] = splitKey(b);
  if (intA === intB) return intA + midpoint(fracA, fracB);
  const next = incrementInteger(intA);
  if (next !== null && next < b) return next;
  return intA + midpoint(fracA, null);
};

/**
 * n ascending keys strictly between a and b. With both ends bounded the range is bisected
 * recursively so the keys are spread evenly (and stay about log62(n) characters longer than
 * the bounds); with an open end consecutive integers are used, the shortest keys possible.
 */
export const keysBetween = (a: string | null, b: string | null, n: number): string[] => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Key count must be a non-negative integer: ${n}`);
  if (n === 0) {
    // Still reject bad bounds, so a caller's bug does not hide behind an empty batch.
    if (a !== null || b !== null) keyBetween(a, b);
    return [];
  }
  if (n === 1) return [keyBetween(a, b)];
  if (b === null) {
    const keys: string[] = [];
    let current = a;
    for (let i = 0; i < n; i++) {
      current = keyBetween(current, null);
      keys.push(current);
    }
    return keys;
  }
  if (a === null) {
    const keys: string[] = [];
    let current: string = b;
    for (let i = 0; i < n; i++) {
      current = keyBetween(null, current);
      keys.push(current);
    }
    return keys.reverse();
  }
  const half = Math.floor(n / 2);
  const middle = keyBetween(a, b);
  return [...keysBetween(a, middle, half), middle, ...keysBetween(middle, b, n - half - 1)];
};
