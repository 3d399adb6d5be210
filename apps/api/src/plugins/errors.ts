import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable } from '../db/unavailable.ts';
import { AppError, type FieldError, titleFor } from '../errors.ts';
import { sessionRefusal } from './auth.ts';

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldError[];
  current?: unknown;
}

function send(reply: FastifyReply, problem: ProblemBody) {
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

const problem = (status: number, code: string, detail: string, extras: Partial<ProblemBody> = {}): ProblemBody => ({
  type: `https://echoboard.dev/problems/${code.toLowerCase().replaceAll('_', '-')}`,
  title: titleFor(status),
  status,
  detail,
  code,
  ...extras,
});

const megabytes = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;

/** Fastify's own client errors (bad JSON, body too large, wrong content type) mapped to our codes. */
function fromFastifyError(error: FastifyError, bodyLimit: number | undefined): ProblemBody | null {
  const status = error.statusCode ?? 500;
  if (status >= 500) return null;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE': {
      const limit = bodyLimit ? ` (at most ${megabytes(bodyLimit)} here)` : '';
      return problem(413, 'PAYLOAD_TOO_LARGE', `The request body is too large${limit}.`);
    }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'BAD_REQUEST', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problem(400, 'BAD_REQUEST', `The request body is not valid JSON: ${error.message}`);
  }
  if (error instanceof SyntaxError) return problem(400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  if (status === 429) return problem(429, 'RATE_LIMITED', error.message);
  if (status === 404) return problem(404, 'NOT_FOUND', error.message);
  return problem(status, 'BAD_REQUEST', error.message);
}

/**
 * Errors Fastify's router raises before any route or error handler runs (a malformed URL, a path
 * parameter longer than its limit): the same problem+json as everything else.
 */
export function frameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  return send(reply, problem(400, 'BAD_REQUEST', `The URL is malformed or too long (${error.code}).`));
}

/** The answer to a failure; anything unexpected is logged. */
function problemFor(error: FastifyError, request: FastifyRequest, reply: FastifyReply): ProblemBody {
  if (error instanceof AppError) return problem(error.status, error.code, error.message, error.extras);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const errors = error.validation.map((v) => ({
      path: `${where}${v.instancePath === '/' ? '' : v.instancePath.replaceAll('/', '.')}`,
      message: v.message ?? 'is invalid',
    }));
    const detail = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return problem(400, 'VALIDATION_FAILED', `The request is invalid. ${detail}`, { errors });
  }
  const client = fromFastifyError(error, request.routeOptions?.bodyLimit);
  if (client) return client;
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', '1');
    return problem(503, 'SERVICE_UNAVAILABLE', 'The database is unavailable; try again in a moment.');
  }
  request.log.error({ err: error }, 'unhandled error');
  return problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side. Try again in a moment.');
}

/**
 * The one place that turns failures into responses: application/problem+json with a stable code.
 * Anything unexpected is logged and hidden behind a generic 500.
 */
export default fp(
  async function errors(app: FastifyInstance) {
    app.setErrorHandler(async (error: FastifyError, request, reply) => {
      const answer = problemFor(error, request, reply);
      // A route that reads its session itself answers a request without one as the others do: 401 first.
      const refusal = answer.status < 500 && answer.status !== 401 ? await sessionRefusal(request, reply) : null;
      return send(reply, refusal ? problemFor(refusal, request, reply) : answer);
    });

    app.setNotFoundHandler((request, reply) =>
      send(reply, problem(404, 'NOT_FOUND', `There is no route ${request.method} ${request.url.split('?')[0]}.`)),
    );
  },
  { name: 'errors' },
);
