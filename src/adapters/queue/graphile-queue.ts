/**
 * @module The PostgreSQL job queue (graphile-worker): `spine serve` adds jobs, `spine worker`
 * processes run them. Several of each can share one database.
 */
import { Logger, makeWorkerUtils, type Runner, run, type WorkerUtils } from 'graphile-worker';
import type { JobQueue, PrepareJob } from '../../ports/job-queue.js';
import { underSchemaLock } from '../storage/schema-lock.js';

export const PREPARE_TASK = 'spine_prepare_packet';

/** graphile-worker's warnings and errors on stderr; its per-job info lines would drown `spine worker`'s own. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') process.stderr.write(`queue ${level}: ${message}\n`);
});

export interface GraphileOptions {
  readonly connectionString: string;
  /** graphile-worker's own schema (default graphile_worker) */
  readonly schema?: string;
}

export class GraphileQueue implements JobQueue {
  private constructor(private readonly utils: WorkerUtils) {}

  static async open(options: GraphileOptions): Promise<GraphileQueue> {
    // makeWorkerUtils installs or upgrades graphile-worker's schema before it returns
    const utils = await underSchemaLock(options.connectionString, () =>
      makeWorkerUtils({
        connectionString: options.connectionString,
        schema: options.schema,
        logger: quietLogger,
      }),
    );
    return new GraphileQueue(utils);
  }

  async enqueue(job: PrepareJob): Promise<void> {
    // The job key makes a retried enqueue of the same version a no-op instead of a duplicate.
    await this.utils.addJob(PREPARE_TASK, job, { jobKey: `${job.packetId}:${job.version}`, maxAttempts: 3 });
  }

  async close(): Promise<void> {
    await this.utils.release();
  }
}

/** Starts a worker that runs prepare jobs until stopped. */
export async function startWorker(
  options: GraphileOptions & { concurrency?: number; handle: (job: PrepareJob) => Promise<void> },
): Promise<Runner> {
  // run() migrates too; installing first under the lock leaves it nothing to race over.
  await underSchemaLock(options.connectionString, async () => {
    const utils = await makeWorkerUtils({
      connectionString: options.connectionString,
      schema: options.schema,
      logger: quietLogger,
    });
    await utils.release();
  });
  return run({
    connectionString: options.connectionString,
    schema: options.schema,
    concurrency: options.concurrency ?? 1,
    noHandleSignals: true,
    pollInterval: 500,
    // Spine has no cron jobs; without this graphile-worker looks for a ./crontab file.
    parsedCronItems: [],
    logger: quietLogger,
    taskList: {
      [PREPARE_TASK]: async (payload) => {
        const job = payload as PrepareJob;
        await options.handle({ packetId: String(job.packetId), version: Number(job.version) });
      },
    },
  });
}
