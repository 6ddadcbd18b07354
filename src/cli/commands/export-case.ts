/** @module `spine export-case <packet-id> --out DIR`: a reviewed packet from the review store as an eval case folder. */
import type { Command } from 'commander';
import { loadConfig } from '../../adapters/config/config-schema.js';
import { requireEmptyDir, writeCaseDir } from '../../adapters/files/write-case.js';
import { createDb, migrateToLatest, storeConfigFrom } from '../../adapters/storage/create-db.js';
import { kyselyReviewStore } from '../../adapters/storage/kysely-review-store.js';
import { exportCase } from '../../app/review/export-case.js';
import { exitWithError, info } from '../output.js';

interface ExportCaseOptions {
  out: string;
  dataDir?: string;
}

export function register(program: Command): void {
  program
    .command('export-case')
    .description(
      'Write a reviewed packet as an eval case: DIR/handoff/ (its inputs as uploaded), DIR/expected.json (the reviewed result) and DIR/review.json; reads the store `spine serve` uses (SQLite under --data-dir, or DATABASE_URL)',
    )
    .argument('<packet-id>', 'the packet to export (it must be approved)')
    .requiredOption('--out <dir>', 'folder for the case (created; must be new or empty)')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store (default .spine)')
    .action(async (packetId: string, options: ExportCaseOptions) => {
      const config = loadConfig(process.env, { dataDir: options.dataDir });
      const storeConfig = storeConfigFrom(config);
      const db = createDb(storeConfig);
      try {
        // before exporting, which is audited: a refused folder leaves no export in the log
        await requireEmptyDir(options.out);
        const migrated = await migrateToLatest(db, storeConfig);
        if (migrated.error) throw migrated.error;
        const exported = await exportCase(
          kyselyReviewStore(db),
          { packetId, actor: 'cli' },
          new Date().toISOString(),
        );
        const written = await writeCaseDir(options.out, exported.files);
        for (const file of written) info(`wrote ${file}`);
        info(
          `packet ${exported.packetId} version ${exported.version} exported; score it with \`spine eval <folder holding ${options.out}>\``,
        );
      } catch (error) {
        await db.destroy();
        exitWithError(error);
      }
      await db.destroy();
    });
}
