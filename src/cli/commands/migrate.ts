/** @module `spine migrate`: brings the review store's schema up to date (serve also does this on start). */
import type { Command } from 'commander';
import { loadConfig } from '../../adapters/config/config-schema.js';
import { createDb, migrateToLatest, storeConfigFrom } from '../../adapters/storage/create-db.js';
import { exitWithError, info } from '../output.js';

export function register(program: Command): void {
  program
    .command('migrate')
    .description('run the review store migrations (SQLite under --data-dir, or DATABASE_URL)')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store')
    .action(async (options: { dataDir?: string }) => {
      const config = loadConfig(process.env, { dataDir: options.dataDir });
      const store = storeConfigFrom(config);
      const db = createDb(store);
      try {
        const result = await migrateToLatest(db, store);
        for (const migration of result.results ?? []) info(`${migration.status}: ${migration.migrationName}`);
        if (result.error) exitWithError(result.error);
        info('the store is up to date');
      } finally {
        await db.destroy();
      }
    });
}
