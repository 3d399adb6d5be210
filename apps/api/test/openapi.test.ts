import { Validator } from '@seriousme/openapi-schema-validator';
import type { RouteOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './helper.ts';

type Operation = {
  tags?: string[];
  summary?: string;
  description?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
};

describe('OpenAPI document', () => {
  const registered: RouteOptions[] = [];
  const t = useTestApp({ onRoute: (route) => registered.push(route) });
  let doc: {
    openapi: string;
    tags: { name: string }[];
    paths: Record<string, Record<string, Operation>>;
  };

  beforeAll(async () => {
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  });

  it('is a valid OpenAPI document by the standard schema', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every API route with a declared tag, a summary and its error shapes', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
    );
    const documented = new Set(operations.map((o) => o.key));
    const apiRoutes = registered
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.url !== '/api/openapi.json')
      .flatMap((r) =>
        [r.method]
          .flat()
          .filter((m) => m !== 'HEAD')
          .map((m) => `${m} ${r.url.replace(/:(\w+)/g, '{$1}')}`),
      );
    expect(apiRoutes.length).toBeGreaterThan(40);
    // SSE streams are documented too; nothing under /api is left out.
    expect(apiRoutes.filter((route) => !documented.has(route))).toEqual([]);
    const declaredTags = new Set(doc.tags.map((tag) => tag.name));
    for (const { key, op } of operations) {
      expect(op.tags?.length, `${key} has a tag`).toBeGreaterThan(0);
      for (const tag of op.tags ?? []) expect(declaredTags.has(tag), `${key}: tag ${tag} is declared`).toBe(true);
      expect(op.summary, `${key} has a summary`).toBeTruthy();
    }
    // Every route that takes input or ids says how it fails: a 4xx answered as Problem.
    const problemRef = (op: Operation) =>
      Object.entries(op.responses).some(
        ([status, res]) =>
          status.startsWith('4') &&
          Object.values(res.content ?? {}).some((c) => c.schema?.$ref === '#/components/schemas/Problem'),
      );
    const withInput = operations.filter(
      ({ key }) => key.includes('{') || key.startsWith('POST') || key.startsWith('PATCH'),
    );
    expect(withInput.filter(({ op }) => !problemRef(op)).map(({ key }) => key)).toEqual([]);
  });

  it('says what to do when a write is refused because the card is archived', () => {
    const refusing = [
      ['post', '/api/cards/{cardId}/comments'],
      ['patch', '/api/comments/{commentId}'],
      ['delete', '/api/comments/{commentId}'],
      ['post', '/api/cards/{cardId}/checklist'],
      ['patch', '/api/checklist-items/{itemId}'],
      ['delete', '/api/checklist-items/{itemId}'],
    ] as const;
    for (const [method, path] of refusing) {
      const op = doc.paths[path]?.[method];
      expect(op?.responses['409'], `${method} ${path} answers 409`).toBeDefined();
      expect(op?.description, `${method} ${path}`).toMatch(/409 CARD_ARCHIVED.*[Rr]estore/);
    }
  });

  it('says which routes need a session and which are public', () => {
    const signin = doc.paths['/api/auth/signin']?.post;
    expect(signin?.security).toEqual([]);
    const board = doc.paths['/api/boards/{boardId}']?.get;
    expect(board?.security).toBeUndefined();
    const global = (doc as unknown as { security: unknown[] }).security;
    expect(global).toEqual([{ session: [], csrf: [] }]);
  });
});
