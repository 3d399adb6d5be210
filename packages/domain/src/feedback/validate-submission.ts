import { type DomainError, domainError } from '../errors.ts';
import { err, ok, type Result } from '../result.ts';
import { FEEDBACK_LIMITS } from './limits.ts';

/** What the public form sends, before any rule has looked at it. */
export interface SubmissionInput {
  rating: number;
  worked?: string;
  change?: string;
  /** Per delivered item: the page's opaque item key and a rating. */
  itemRatings?: readonly { item: string; rating: number }[];
  name?: string | null;
  email?: string | null;
  /** Hidden from people (and from screen readers); only bots fill it in. */
  homepage?: string;
}

export interface Submission {
  rating: number;
  worked: string;
  change: string;
  itemRatings: { item: string; rating: number }[];
  name: string | null;
  email: string | null;
}

/** Deliberately loose: one @, something on each side, a dot in the domain; mail servers decide the rest. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const isRating = (n: number) => Number.isInteger(n) && n >= FEEDBACK_LIMITS.ratingMin && n <= FEEDBACK_LIMITS.ratingMax;

const invalid = (field: string, message: string): DomainError => domainError('VALIDATION_FAILED', message, field);

function text(errors: DomainError[], field: string, label: string, value: string | undefined | null, max: number) {
  const trimmed = (value ?? '').trim();
  if (trimmed.length > max) errors.push(invalid(field, `${label} must be at most ${max} characters`));
  return trimmed;
}

/**
 * Checks a submission against the page it came from. Every field error is returned at once (the
 * form shows each beside its field). `items` are the keys of the delivered items on that page:
 * an item rating for anything else is refused, and an item rated twice keeps only one rating.
 */
export function validateSubmission(
  input: SubmissionInput,
  items: ReadonlySet<string>,
): Result<Submission, DomainError[]> {
  const errors: DomainError[] = [];
  if ((input.homepage ?? '') !== '') {
    // Only automated posts fill the hidden field; say no more than that something was wrong.
    errors.push(invalid('homepage', 'This submission could not be accepted'));
  }
  if (!isRating(input.rating)) errors.push(invalid('rating', 'Choose an overall rating from 1 to 5'));
  const worked = text(errors, 'worked', 'What worked', input.worked, FEEDBACK_LIMITS.textMax);
  const change = text(errors, 'change', 'What should change', input.change, FEEDBACK_LIMITS.textMax);
  const name = text(errors, 'name', 'Name', input.name, FEEDBACK_LIMITS.nameMax);
  const email = text(errors, 'email', 'Email', input.email, FEEDBACK_LIMITS.emailMax);
  if (email !== '' && email.length <= FEEDBACK_LIMITS.emailMax && !EMAIL.test(email)) {
    errors.push(invalid('email', 'Enter an email address like name@example.com, or leave it empty'));
  }
  const rated = new Map<string, number>();
  (input.itemRatings ?? []).forEach((entry, i) => {
    if (!items.has(entry.item)) errors.push(invalid(`itemRatings.${i}`, 'Rate only the items listed on this page'));
    else if (!isRating(entry.rating)) errors.push(invalid(`itemRatings.${i}`, 'Rate each item from 1 to 5'));
    else rated.set(entry.item, entry.rating);
  });
  if (errors.length > 0) return err(errors);
  return ok({
    rating: input.rating,
    worked,
    change,
    itemRatings: [...rated].map(([item, rating]) => ({ item, rating })),
    name: name === '' ? null : name,
    email: email === '' ? null : email,
  });
}
