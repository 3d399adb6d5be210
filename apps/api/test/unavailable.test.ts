import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../src/db/unavailable.ts';

// The shape Prisma 7 gives a raw query whose driver adapter failed (seen with the server down).
const rawQueryFailed = (cause: object) => ({
  name: 'PrismaClientKnownRequestError',
  code: 'P2010',
  message: 'Raw query failed.',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause } },
});

describe('isDatabaseUnavailable', () => {
  it('answers yes for a database that cannot be reached or dropped the connection, however it is wrapped', () => {
    for (const error of [
      rawQueryFailed({ kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 }),
      rawQueryFailed({ kind: 'ConnectionClosed' }),
      rawQueryFailed({
        kind: 'postgres',
        code: '57P01',
        message: 'terminating connection due to administrator command',
      }),
      { code: 'P1001', message: "Can't reach database server" },
      {
        message: 'wrapped',
        cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      },
    ]) {
      expect(isDatabaseUnavailable(error), JSON.stringify(error)).toBe(true);
    }
  });

  it('answers no for errors that are the request’s or ours', () => {
    for (const error of [
      rawQueryFailed({ kind: 'UniqueConstraintViolation', constraint: { fields: ['rank'] } }),
      rawQueryFailed({ kind: 'postgres', code: '22P02', message: 'invalid input syntax for type uuid' }),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      null,
      'Connection terminated',
    ]) {
      expect(isDatabaseUnavailable(error), JSON.stringify(error)).toBe(false);
    }
  });
});
