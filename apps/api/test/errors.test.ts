import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../src/plugins/nul-guard.ts';
import { addCards, createBoard, snapshot, useTestApp } from './helper.ts';

describe('bad requests', () => {
  const t = useTestApp();

  it('answers malformed JSON, wrong content types and oversized bodies with problem+json and changes nothing', async () => {
    const board = await createBoard(t.as);
    const before = await snapshot(t.db);
    const url = `/api/boards/${board.id}/cards`;
    const cases = [
      { payload: '{"title": ', headers: { 'content-type': 'application/json' }, status: 400, code: 'BAD_REQUEST' },
      { payload: 'title=x', headers: { 'content-type': 'text/plain' }, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
      {
        payload: JSON.stringify({ title: 'x'.repeat(300_000) }),
        headers: { 'content-type': 'application/json' },
        status: 413,
        code: 'PAYLOAD_TOO_LARGE',
      },
      { payload: '[1,2]', headers: { 'content-type': 'application/json' }, status: 400, code: 'VALIDATION_FAILED' },
      { payload: 'null', headers: { 'content-type': 'application/json' }, status: 400, code: 'VALIDATION_FAILED' },
    ];
    for (const { payload, headers, status, code } of cases) {
      const res = await t.as.inject({ method: 'POST', url, payload, headers });
      expect(res.statusCode, payload.slice(0, 20)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String) });
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it('answers unknown API routes with a 404 problem', async () => {
    const res = await t.as.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('serves an OpenAPI document that describes every API route', async () => {
    const res = await t.as.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    const documented = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'GET /api/boards',
        'POST /api/boards',
        'GET /api/boards/{boardId}',
        'POST /api/boards/{boardId}/columns',
        'PATCH /api/columns/{columnId}',
        'DELETE /api/columns/{columnId}',
        'POST /api/boards/{boardId}/cards',
        'PATCH /api/cards/{cardId}',
        'DELETE /api/cards/{cardId}',
        'POST /api/cards/{cardId}/move',
        'POST /api/auth/signup',
        'POST /api/auth/signin',
        'POST /api/auth/signout',
        'GET /api/auth/me',
        'GET /api/teams/{teamId}',
        'POST /api/teams/{teamId}/invites',
        'GET /api/invites/{token}',
        'POST /api/invites/{token}/accept',
      ]),
    );
    const docs = await t.as.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(docs.statusCode);
  });
});

describe('text with a NUL character', () => {
  const t = useTestApp();

  it('is refused with 400 naming the field, before it can reach the database', async () => {
    for (const [url, payload, path] of [
      ['/api/auth/signin', { email: '\u0000nul@x.example', password: 'whatever1' }, 'body.email'],
      ['/api/teams', { name: 'Team \u0000' }, 'body.name'],
    ] as const) {
      const res = await t.as.inject({ method: 'POST', url, payload });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors).toEqual([{ path, message: 'must not contain the NUL character' }]);
    }
  });

  it('is looked for without recursion: a body nested thousands deep is refused with 400, not a crash', async () => {
    const board = await createBoard(t.as);
    const [card] = await addCards(t.as, board, 'To do', ['Press release']);
    const before = await snapshot(t.db);
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    for (const [method, url, payload] of [
      ['PATCH', `/api/cards/${card!.id}`, `{"title":${deep}}`],
      ['POST', '/api/auth/signin', `{"email":${deep},"password":"whatever1"}`],
      ['POST', '/api/public/feedback/no-such-token', `{"worked":${deep}}`],
    ] as const) {
      const res = await t.as.inject({ method, url, payload, headers: { 'content-type': 'application/json' } });
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0]).toMatchObject({ message: `must not nest more than ${MAX_DEPTH} levels deep` });
    }
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('still names the first field holding one, however the body nests', async () => {
    const res = await t.as.inject({
      method: 'POST',
      url: '/api/teams',
      payload: { name: 'Team', extra: [{ a: 'ok' }, { b: ['x', 'n\u0000l'] }], later: 'n\u0000l' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'body.extra.1.b.1', message: 'must not contain the NUL character' }]);
  });
});
