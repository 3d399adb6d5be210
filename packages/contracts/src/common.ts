import { ERROR_CODES } from '@echoboard/domain';
import { z } from 'zod';

export const Id = z.uuid({ message: 'must be an id (UUID)' });

/** A calendar date, no time zone: 2026-11-23. */
export const CalendarDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const Timestamp = z.iso.datetime();

/** 256-bit link tokens travel as 43 base64url characters; anything far off that is not a token. */
export const LinkToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'must be a link token');

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum([
      ...ERROR_CODES,
      'BAD_REQUEST',
      'NOT_FOUND',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'RATE_LIMITED',
      'INTERNAL_ERROR',
      'SERVICE_UNAVAILABLE',
    ]),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    /** For VERSION_CONFLICT: the card as it is now, so the client can show the winner's state. */
    current: z.unknown().optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable error code' });
export type Problem = z.infer<typeof Problem>;
export type ProblemCode = Problem['code'];
