// Property-based API fuzzing: every registered /api route gets random requests shaped by its own
// zod schemas (valid ones and broken ones), from a team lead and from a member, with real ids,
// another team's ids and unknown ids. Nothing may answer 5xx; every 4xx is a problem+json with a
// code and leaves the database exactly as it was.
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { HTTPMethods, RouteOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { type IdsFor, jsonSchemaOf, mutatedObjectOf } from './arbitraries.ts';
import { addCards, type Client, createBoard, join, signUp, snapshot, useTestApp } from './helper.ts';

interface Route {
  method: HTTPMethods;
  url: string;
  params: string[];
  body?: unknown;
  querystring?: unknown;
}

// The event stream never ends on a valid request; sse.test.ts covers it.
const STREAMING = new Set(['GET /api/boards/:boardId/events']);
const isDocs = (url: string) => url.startsWith('/api/docs') || url === '/api/openapi.json';
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);

/** A team with a lead, a member, a board with cards and an open invite. */
async function team(t: ReturnType<typeof useTestApp>, name: string) {
  const lead = await signUp(t.app, { name: `${name} lead`, team: name });
  const member = await join(t.app, lead, lead.teamId, `${name} member`);
  const board = await createBoard(lead, `${name} board`);
  const cards = await addCards(lead, board, 'To do', ['One', 'Two']);
  const invite = (await lead.inject({ method: 'POST', url: `/api/teams/${lead.teamId}/invites` })).json();
  return { lead, member, board, cards, invite };
}

describe('API fuzzing', () => {
  const registered: RouteOptions[] = [];
  const t = useTestApp({ onRoute: (route) => registered.push(route) });
  let routes: Route[] = [];

  beforeAll(() => {
    routes = registered
      .flatMap((r) =>
        [r.method].flat().map((method) => ({
          method: method as HTTPMethods,
          url: r.url,
          params: [...r.url.matchAll(/:(\w+)/g)].map((m) => m[1]!),
          body: r.schema?.body,
          querystring: r.schema?.querystring,
        })),
      )
      .filter((r) => r.url.startsWith('/api') && !isDocs(r.url) && r.method !== 'HEAD')
      .filter((r) => !STREAMING.has(`${r.method} ${r.url}`));
  });

  it('finds the routes to fuzz', () => {
    expect(routes.length).toBeGreaterThan(25);
  });

  it('answers every random request to every route without a 5xx; a 4xx is a problem and changes nothing', async () => {
    let a = await team(t, 'Alpha');
    let b = await team(t, 'Beta');
    let spoilt = false;
    for (const route of routes) {
      // A fresh fixture after a route that may have deleted, left or signed out of what others need.
      if (spoilt) [a, b] = [await team(t, 'Alpha'), await team(t, 'Beta')];
      spoilt = route.method === 'DELETE' || /leave|signout/.test(route.url);
      const idsFor: IdsFor = (name) => {
        const n = name.toLowerCase();
        if (n.includes('board')) return [a.board.id, b.board.id];
        if (n.includes('column')) return [...a.board.columns.map((c) => c.id), b.board.columns[0]!.id];
        if (n.includes('card')) return [...a.cards.map((c) => c.id), b.cards[0]!.id];
        if (n.includes('team')) return [a.lead.teamId, b.lead.teamId];
        if (n.includes('user') || n.includes('assignee')) return [a.lead.user.id, a.member.user.id, b.lead.user.id];
        if (n.includes('invite')) return [a.invite.invite.id, b.invite.invite.id];
        if (n === 'token') return [a.invite.token, b.invite.token];
        return [];
      };
      const param = (name: string) =>
        fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...(idsFor(name).length ? idsFor(name) : [randomUUID()])) },
          { weight: 1, arbitrary: fc.uuid() },
          { weight: 1, arbitrary: fc.constantFrom('not-a-uuid', 'x'.repeat(300), '%00', '..') },
        );
      const request = fc.record({
        who: fc.constantFrom<Client>(a.lead, a.member),
        path: fc.tuple(...route.params.map(param), fc.constant('')),
        body: route.body ? mutatedObjectOf(jsonSchemaOf(route.body), idsFor) : fc.constant(undefined),
        query: route.querystring ? mutatedObjectOf(jsonSchemaOf(route.querystring), idsFor) : fc.constant(undefined),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ who, path, body, query }) => {
          let i = 0;
          const url = route.url.replace(/:(\w+)/g, () => encodeURIComponent(String(path[i++])));
          const search =
            query && typeof query === 'object' && !Array.isArray(query)
              ? `?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`
              : '';
          const before = await snapshot(t.db);
          const res = await who.inject({
            method: route.method,
            url: `${url}${search}`,
            ...(body === undefined
              ? {}
              : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
          });
          const what = `${route.method} ${url}${search} ${JSON.stringify(body)?.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
          expect(res.statusCode, what).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.headers['content-type'], what).toMatch(/^application\/problem\+json/);
            expect(typeof res.json().code, what).toBe('string');
            expect(await snapshot(t.db), `${what} changed the database`).toBe(before);
          }
        }),
        { numRuns: RUNS },
      );
    }
  }, 240_000);
});
