// Runs `prisma generate` on machines that cannot download Prisma's native schema engine.
// Generating the client needs no engine, but the CLI looks for one unless told where it is.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (
  !env.PRISMA_SCHEMA_ENGINE_BINARY &&
  !existsSync('node_modules/@prisma/engines/schema-engine-debian-openssl-3.0.x')
) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}
const result = spawnSync('npx', ['prisma', 'generate', '--schema', 'prisma/schema.prisma', '--no-hints'], {
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
