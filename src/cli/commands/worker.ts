/** @module `spine worker`: runs prepare jobs from the PostgreSQL queue; start as many as you need. */
import type { Command } from 'commander';
import { loadConfig } from '../../adapters/config/config-schema.js';
import { startWorker } from '../../adapters/queue/graphile-queue.js';
import { openReviewService } from '../../app/review/open-service.js';
import { runPrepareJob } from '../../app/review/prepare-job.js';
import { SpineError } from '../../core/errors.js';
import { exitWithError, info } from '../output.js';

export function register(program: Command): void {
  program
    .command('worker')
    .description('process prepare jobs from the PostgreSQL queue (needs DATABASE_URL)')
    .option('--concurrency <n>', 'jobs at once (default 1)')
    .option('--policy <file>', 'escalation policy (default: the shipped policy)')
    .action(async (options: { concurrency?: string; policy?: string }) => {
      try {
        const config = loadConfig(process.env, {
          workerConcurrency: options.concurrency,
          policyPath: options.policy,
        });
        if (!config.databaseUrl) {
          throw new SpineError(
            'SPINE_ERR_INVALID_ARGUMENT',
            'DATABASE_URL: workers share a PostgreSQL queue; with the embedded store, `spine serve` prepares in-process',
          );
        }
        const service = await openReviewService(config);
        const runner = await startWorker({
          connectionString: config.databaseUrl,
          concurrency: config.workerConcurrency,
          handle: async (job) => {
            const started = performance.now();
            info(`preparing ${job.packetId} v${job.version}`);
            await runPrepareJob(service.db, job, service.prepareUpload, () => new Date());
            info(`prepared ${job.packetId} v${job.version} in ${Math.round(performance.now() - started)} ms`);
          },
        });
        info(`spine worker: waiting for jobs (concurrency ${config.workerConcurrency})`);
        const stop = async () => {
          await runner.stop();
          await service.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        await runner.promise;
      } catch (error) {
        exitWithError(error);
      }
    });
}
