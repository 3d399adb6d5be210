import type { Config } from '../config.ts';
import { type Database, openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openConfiguredDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const db = await openDatabase(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    await migrate(db.sql);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
