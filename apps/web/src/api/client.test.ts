import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, request } from './client.ts';

const respond = (body: BodyInit | null, init: ResponseInit) =>
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(body, init));

async function failure(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

afterEach(() => vi.restoreAllMocks());

describe('request', () => {
  it('turns problem+json into an ApiError with code, detail and field errors', async () => {
    respond(
      JSON.stringify({
        type: 'https://echoboard.dev/problems/validation-failed',
        title: 'Bad request',
        status: 400,
        code: 'VALIDATION_FAILED',
        detail: 'The request is invalid. body.title: Title must not be empty',
        errors: [
          { path: 'body.title', message: 'Title must not be empty' },
          { path: 'body.labels.2', message: 'A label must be at most 40 characters' },
        ],
      }),
      { status: 400, headers: { 'content-type': 'application/problem+json; charset=utf-8' } },
    );
    const error = await failure(request('/cards/x', { method: 'PATCH', body: { title: '' } }));
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.detail).toContain('Title must not be empty');
    expect(error.fieldErrors()).toEqual({
      title: 'Title must not be empty',
      labels: 'A label must be at most 40 characters',
    });
  });

  it('keeps the current card of a version conflict', async () => {
    respond(
      JSON.stringify({
        type: 't',
        title: 'Conflict',
        status: 409,
        code: 'VERSION_CONFLICT',
        detail: 'Changed.',
        current: { id: 'c', version: 3 },
      }),
      { status: 409, headers: { 'content-type': 'application/problem+json' } },
    );
    const error = await failure(request('/cards/c/move', { method: 'POST', body: {} }));
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.current).toEqual({ id: 'c', version: 3 });
  });

  it('gives a readable message when a proxy answers with HTML', async () => {
    respond('<html><body>Bad gateway</body></html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'content-type': 'text/html' },
    });
    const error = await failure(request('/boards'));
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.status).toBe(502);
    expect(error.detail).toMatch(/server had a problem \(502 Bad Gateway\)/i);
  });

  it('reports an unreachable server as a network error', async () => {
    vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await failure(request('/boards'));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.detail).toMatch(/can’t reach the echoboard server/i);
  });

  it('sends JSON and resolves 204 with undefined', async () => {
    const fetchSpy = respond(null, { status: 204 });
    await expect(
      request('/columns/c', { method: 'DELETE', query: { moveCardsTo: 'd', skip: undefined } }),
    ).resolves.toBeUndefined();
    expect(fetchSpy).toHaveBeenCalledWith(
      '/api/columns/c?moveCardsTo=d',
      expect.objectContaining({ method: 'DELETE' }),
    );
  });

  it('parses a JSON success body', async () => {
    respond(JSON.stringify([{ id: 'b' }]), { status: 200, headers: { 'content-type': 'application/json' } });
    await expect(request('/boards')).resolves.toEqual([{ id: 'b' }]);
  });
});
