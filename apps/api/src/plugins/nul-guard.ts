import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../errors.ts';

/** The path of the first string holding a NUL character, or null. */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNul(item, `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNul(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold the NUL character (U+0000), so a string with one would fail at the
 * database as a 500. No person types one: refuse it up front as a 400 naming the field.
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
