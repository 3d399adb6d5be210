// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the change to prisma/schema.prisma,
// offline: Prisma's wasm schema engine diffs the schema of the last migration against the current one.
// Usage: npm run db:migration -- <name>
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

const MIGRATIONS = 'prisma/migrations';
const SNAPSHOT = 'schema.snapshot.prisma';

async function loadEngineRuntime() {
  const runtime = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmUrl = new URL('schema_engine_bg.wasm', import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmUrl)), {
    './schema_engine_bg.js': runtime as unknown as WebAssembly.ModuleImports,
  });
  // biome-ignore lint/suspicious/noExplicitAny: wasm-bindgen glue has no types for these hooks
  (runtime as any).__wbg_set_wasm(instance.exports);
  // biome-ignore lint/suspicious/noExplicitAny: as above
  (instance.exports as any).__wbindgen_start();
  return runtime;
}

/** Our migrations keep rank columns byte-ordered; Prisma's schema language cannot say so. */
function collateRanks(sql: string): string {
  return sql.replace(/"rank" VARCHAR\((\d+)\) NOT NULL/g, '"rank" VARCHAR($1) COLLATE "C" NOT NULL');
}

async function main() {
  const name = process.argv[2]?.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
  if (!name) throw new Error('Usage: npm run db:migration -- <name>');
  const next = readFileSync('prisma/schema.prisma', 'utf8');
  const existing = readdirSync(MIGRATIONS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const last = existing.at(-1);
  const previous = last ? readFileSync(join(MIGRATIONS, last, SNAPSHOT), 'utf8') : null;

  const runtime = await loadEngineRuntime();
  const pglite = await PGlite.create();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  // biome-ignore lint/suspicious/noExplicitAny: the engine's generated typings lag its runtime API
  const engine = await (runtime as any).SchemaEngine.new({ datamodels: [['schema.prisma', next]] }, () => {}, factory);
  const schemaSource = (content: string) => ({ tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] });
  const { stdout } = await engine.diff({
    from: previous === null ? { tag: 'empty' } : schemaSource(previous),
    to: schemaSource(next),
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await pglite.close();
  if (!stdout.trim() || /^-- This is an empty migration/m.test(stdout)) {
    console.log('prisma/schema.prisma has not changed since the last migration; nothing written.');
    return;
  }
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const dir = join(MIGRATIONS, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'migration.sql'), collateRanks(stdout));
  writeFileSync(join(dir, SNAPSHOT), next);
  console.log(`Wrote ${dir}/migration.sql — review it before committing (a rename shows as drop + add).`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
