import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';

/** Deeper than any request of ours nests; a deeper value is refused before anything walks it. */
export const MAX_DEPTH = 32;

/**
 * The path of the first string holding a NUL character, or null. Walks without recursion, so a
 * hostile body nested thousands deep cannot overflow the stack; one nested deeper than MAX_DEPTH
 * is refused (400) whatever it holds.
 */
export function findNul(value: unknown, path: string): string | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value === 'string') {
      if (next.value.includes('\u0000')) return next.path;
      continue;
    }
    if (!next.value || typeof next.value !== 'object') continue;
    if (next.depth === MAX_DEPTH) {
      throw new AppError('VALIDATION_FAILED', `The request is invalid. ${next.path}: is nested too deeply`, {
        errors: [{ path: next.path, message: `must not nest more than ${MAX_DEPTH} levels deep` }],
      });
    }
    // Pushed last to first, so the first offending field is the one found.
    const entries = Object.entries(next.value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      stack.push({ value: item, path: `${next.path}.${key}`, depth: next.depth + 1 });
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold the NUL character (U+0000), so a string with one would fail at the
 * database as a 500. No person types one: refuse it up front as a 400 naming the field. Refuses
 * values nested deeper than MAX_DEPTH too, which no form sends.
 */
export default fp(
  async function nulGuard(app: FastifyInstance) {
    app.addHook('preValidation', async (request) => {
      const path =
        findNul(request.body, 'body') ?? findNul(request.query, 'querystring') ?? findNul(request.params, 'params');
      if (path) {
        throw new AppError('VALIDATION_FAILED', `The request is invalid. ${path}: must not contain the NUL character`, {
          errors: [{ path, message: 'must not contain the NUL character' }],
        });
      }
    });
  },
  { name: 'nul-guard' },
);
