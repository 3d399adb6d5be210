import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getDMMF } from '@prisma/get-dmmf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import type { Database } from '../src/db/database.ts';
import { migrate, readMigrations } from '../src/db/migrate.ts';
import { freshDatabase, signUp, TEST_AUTH } from './helper.ts';

const SCHEMA = resolve(import.meta.dirname, '../../../prisma/schema.prisma');

// Prisma scalar (and native type) → information_schema data_type.
function expectedType(field: {
  kind: string;
  type: string;
  isList: boolean;
  nativeType?: readonly [string, readonly string[]] | null;
}) {
  if (field.isList) return 'ARRAY';
  if (field.kind === 'enum') return 'USER-DEFINED';
  const native = field.nativeType?.[0];
  if (native === 'Uuid') return 'uuid';
  if (native === 'VarChar') return 'character varying';
  if (native === 'Date') return 'date';
  if (native === 'Timestamptz') return 'timestamp with time zone';
  return (
    {
      String: 'text',
      Int: 'integer',
      Float: 'double precision',
      Boolean: 'boolean',
      DateTime: 'timestamp without time zone',
      BigInt: 'bigint',
      Json: 'jsonb',
    } as Record<string, string>
  )[field.type];
}

describe('migrations', () => {
  let fresh: Awaited<ReturnType<typeof freshDatabase>>;
  let db: Database;
  beforeAll(async () => {
    fresh = await freshDatabase();
    db = fresh.db;
  });
  afterAll(() => fresh.drop());

  it('create exactly the tables and columns schema.prisma declares', async () => {
    const dmmf = await getDMMF({ datamodel: readFileSync(SCHEMA, 'utf8') });
    if (!('datamodel' in dmmf)) throw new Error(`schema.prisma does not parse: ${JSON.stringify(dmmf)}`);
    const rows = await db.sql.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual = new Map(rows.map((r) => [`${r.table_name}.${r.column_name}`, r]));
    const expected = new Set<string>();
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      for (const field of model.fields) {
        if (field.kind === 'object') continue;
        const key = `${table}.${field.dbName ?? field.name}`;
        expected.add(key);
        const column = actual.get(key);
        expect(column, `${key} is in schema.prisma but not in the database`).toBeDefined();
        expect(column?.data_type, key).toBe(expectedType(field as never));
        if (!field.isList) expect(column?.is_nullable, key).toBe(field.isRequired ? 'NO' : 'YES');
      }
    }
    const extra = [...actual.keys()].filter((k) => !expected.has(k));
    expect(extra, 'columns in the database that schema.prisma does not declare').toEqual([]);
  });

  it('give rank columns byte-wise ordering', async () => {
    const rows = await db.sql.query<{ table_name: string; collation_name: string | null }>(
      `SELECT table_name, collation_name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'rank'`,
    );
    expect(rows.map((r) => r.collation_name)).toEqual(rows.map(() => 'C'));
    expect(rows.length).toBeGreaterThanOrEqual(2);
  });

  it('are recorded once and not applied again', async () => {
    expect(await migrate(db.sql)).toEqual([]);
    const applied = await db.sql.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(applied.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
  });

  it('refuse to run when an applied migration file was edited', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m));
    await expect(migrate(db.sql, edited)).rejects.toThrow(/was changed after it was applied/);
  });
});

describe('the accounts migration', () => {
  it('keeps boards made before accounts, in a team that the first person to sign up leads', async () => {
    const fresh = await freshDatabase({ migrate: false });
    try {
      const [init, ...later] = readMigrations();
      await migrate(fresh.db.sql, [init!]);
      await fresh.db.sql.exec(`
        INSERT INTO boards (id, name, updated_at) VALUES ('11111111-1111-4111-8111-111111111111', 'Old board', now());
        INSERT INTO columns (id, board_id, name, rank, updated_at)
          VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111', 'To do', 'a0', now());`);
      expect(await migrate(fresh.db.sql, [init!, ...later])).toEqual(later.map((m) => m.name));

      const [row] = await fresh.db.sql.query<{ team: string; members: number }>(
        `SELECT t.name AS team, (SELECT count(*)::int FROM memberships m WHERE m.team_id = t.id) AS members
         FROM boards b JOIN teams t ON t.id = b.team_id WHERE b.id = '11111111-1111-4111-8111-111111111111'`,
      );
      expect(row).toEqual({ team: 'Boards before accounts', members: 0 });

      const app = await buildApp({ db: fresh.db, auth: TEST_AUTH });
      try {
        const first = await signUp(app, { team: false });
        expect(first.user).toBeDefined();
        const boards = await first.inject({ method: 'GET', url: '/api/boards' });
        expect(boards.json()).toEqual([expect.objectContaining({ name: 'Old board' })]);
        const second = await signUp(app, { team: false });
        expect((await second.inject({ method: 'GET', url: '/api/boards' })).json()).toEqual([]);
      } finally {
        await app.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});
