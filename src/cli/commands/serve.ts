/** @module `spine serve`: the review page and JSON API on the embedded store (or PostgreSQL). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { loadConfig } from '../../adapters/config/config-schema.js';
import { projectPath } from '../../adapters/files/project-root.js';
import { startWorker } from '../../adapters/queue/graphile-queue.js';
import { countUsers } from '../../adapters/storage/users.js';
import { openReviewService } from '../../app/review/open-service.js';
import { runPrepareJob } from '../../app/review/prepare-job.js';
import { buildApp } from '../../server/build-app.js';
import { exitWithError, info } from '../output.js';

const WEB_ROOT = projectPath('web', 'dist');

interface ServeOptions {
  host?: string;
  port?: string;
  dataDir?: string;
  policy?: string;
  withWorker?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'run the review service: the web page and JSON API (SQLite under --data-dir, or DATABASE_URL)',
    )
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--port <port>', 'port to listen on (default 4780)')
    .option('--data-dir <dir>', 'folder of the embedded SQLite store (default .spine)')
    .option('--policy <file>', 'escalation policy (default: the shipped policy)')
    .option('--with-worker', 'with DATABASE_URL: also run prepare jobs in this process')
    .action(async (options: ServeOptions) => {
      try {
        const config = loadConfig(process.env, {
          host: options.host,
          port: options.port,
          dataDir: options.dataDir,
          policyPath: options.policy,
        });
        const service = await openReviewService(config);
        const worker =
          options.withWorker && config.databaseUrl
            ? await startWorker({
                connectionString: config.databaseUrl,
                concurrency: config.workerConcurrency,
                handle: (job) => runPrepareJob(service.db, job, service.prepareUpload, () => new Date()),
              })
            : null;
        const app = await buildApp({
          db: service.db,
          queue: service.queue,
          gateApprovers: service.gateApprovers,
          policy: service.policy,
          cookieSecure: config.cookieSecure || (config.https ?? false),
          https: config.https ?? config.cookieSecure,
          rateLimitPerMinute: config.rateLimitPerMinute,
          uploadLimits: { maxFileBytes: config.maxUploadMb * 1024 * 1024, maxFiles: config.maxUploadFiles },
          webRoot: existsSync(join(WEB_ROOT, 'index.html')) ? WEB_ROOT : undefined,
          logger: { level: 'warn', redact: ['req.headers.authorization', 'req.headers.cookie'] },
        });
        const address = await app.listen({ host: config.host, port: config.port });
        info(`spine serve: ${address} (${service.engine} store)`);
        if ((await countUsers(service.db)) === 0) {
          info(
            'no accounts yet: create the first admin with `spine users add --email you@example.com --name You`',
          );
        }
        const stop = async () => {
          await app.close();
          await worker?.stop();
          await service.close();
          process.exit(0);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        exitWithError(error);
      }
    });
}
