/**
 * @module The PostgreSQL job queue (graphile-worker): `spine serve` adds jobs, `spine worker`
 * processes run them. Several of each can share one database.
 */
import { Logger, makeWorkerUtils, type Runner, run, type WorkerUtils } from 'graphile-worker';
import pg from 'pg';
import type { JobQueue, PrepareJob } from '../../ports/job-queue.js';

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
    const utils = await makeWorkerUtils({
      connectionString: options.connectionString,
      schema: options.schema,
      logger: quietLogger,
    });
    try {
      await installQueueSchema(options, utils);
    } catch (error) {
      await utils.release();
      throw error;
    }
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

/**
 * Installs or upgrades graphile-worker's schema one process at a time. Its own migrate tolerates some
 * concurrent starts but not all (graphile/worker#496): on a fresh database two processes starting
 * together can interleave the install and fail with errors such as `column "job_count" does not exist`.
 * A session advisory lock makes every other process wait, then find the schema current.
 */
async function installQueueSchema(options: GraphileOptions, utils: WorkerUtils): Promise<void> {
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtextextended($1, 0))`, [INSTALL_LOCK]);
    await utils.migrate();
  } finally {
    // Ending the session releases the lock even when migrate failed.
    await client.end();
  }
}

const INSTALL_LOCK = 'spine:graphile-worker:install';

/** Starts a worker that runs prepare jobs until stopped. */
export async function startWorker(
  options: GraphileOptions & { concurrency?: number; handle: (job: PrepareJob) => Promise<void> },
): Promise<Runner> {
  // run() migrates too; installing first under the lock leaves it nothing to race over.
  const utils = await makeWorkerUtils({
    connectionString: options.connectionString,
    schema: options.schema,
    logger: quietLogger,
  });
  try {
    await installQueueSchema(options, utils);
  } finally {
    await utils.release();
  }
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
