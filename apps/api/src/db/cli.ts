// npm run db:migrate | npm run db:seed — against DATABASE_URL, or the embedded database in DATA_DIR.
import { loadConfig } from '../config.ts';
import { openConfiguredDatabase } from './open.ts';
import { describeDemo, seedDemo } from './seed.ts';

const command = process.argv[2];
if (command !== 'migrate' && command !== 'seed') {
  console.error('Usage: tsx src/db/cli.ts migrate|seed');
  process.exit(2);
}
const config = loadConfig();
const db = await openConfiguredDatabase(config);
try {
  if (command === 'seed') {
    const people = await seedDemo(db, { scryptN: config.auth.scryptN });
    console.log(people ? describeDemo(people) : 'Accounts exist; seed skipped.');
  } else console.log('Database schema is up to date.');
} finally {
  await db.close();
}
