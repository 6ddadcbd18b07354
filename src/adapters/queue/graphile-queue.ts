/**
 * @module The PostgreSQL job queue (graphile-worker): `spine serve` adds jobs, `spine worker`
 * processes run them. Several of each can share one database.
 */
import { EventEmitter } from 'node:events';
import {
  Logger,
  makeWorkerUtils,
  type Runner,
  run,
  type WorkerEvents,
  type WorkerUtils,
} from 'graphile-worker';
import pg from 'pg';
import type { JobQueue, PrepareJob } from '../../ports/job-queue.js';
import { underSchemaLock } from '../storage/schema-lock.js';
import { findDeadPools, holdLiveness } from './worker-liveness.js';

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
  private constructor(
    private readonly utils: WorkerUtils,
    private readonly schema: string,
  ) {}

  static async open(options: GraphileOptions): Promise<GraphileQueue> {
    // makeWorkerUtils installs or upgrades graphile-worker's schema before it returns
    const utils = await underSchemaLock(options.connectionString, () =>
      makeWorkerUtils({
        connectionString: options.connectionString,
        schema: options.schema,
        logger: quietLogger,
      }),
    );
    return new GraphileQueue(utils, options.schema ?? 'graphile_worker');
  }

  async enqueue(job: PrepareJob): Promise<void> {
    // The job key makes a retried enqueue of the same version a no-op instead of a duplicate.
    await this.utils.addJob(PREPARE_TASK, job, { jobKey: jobKeyOf(job), maxAttempts: 3 });
  }

  /**
   * Queues again versions a dead process left unfinished (queued, or running with no live worker
   * on them). A version whose job a worker holds right now is left to that worker; the job key
   * makes the rest a no-op when their job is already waiting.
   */
  async requeue(jobs: readonly PrepareJob[]): Promise<number> {
    let queued = 0;
    for (const job of jobs) {
      const key = jobKeyOf(job);
      const held = await this.utils.withPgClient((client) =>
        client.query(
          `select 1 from ${pg.escapeIdentifier(this.schema)}.jobs where key = $1 and locked_at is not null`,
          [key],
        ),
      );
      if ((held.rowCount ?? 0) > 0) continue;
      await this.enqueue(job);
      queued++;
    }
    return queued;
  }

  async close(): Promise<void> {
    await this.utils.release();
  }
}

const jobKeyOf = (job: PrepareJob) => `${job.packetId}:${job.version}`;

/** How often a worker looks for dead workers' jobs, and how long a fresh lock is left alone. */
const SWEEP_SECONDS = 10;
const LOCK_GRACE_SECONDS = 10;

export interface SpineWorker {
  /** Stops taking jobs, finishes the running ones, records their completion, then disconnects. */
  stop(): Promise<void>;
  /** Settles when the worker stops (or fails). */
  readonly promise: Promise<void>;
}

/**
 * Starts a worker that runs prepare jobs until stopped. While it lives it holds its pool's liveness
 * lock, and every few seconds it frees the jobs of pools that died holding them (kill -9, a lost
 * machine) through graphile-worker's `forceUnlockWorkers`, so another worker takes them at once
 * instead of after graphile-worker's 4-hour stale-lock window.
 */
export async function startWorker(
  options: GraphileOptions & {
    concurrency?: number;
    handle: (job: PrepareJob) => Promise<void>;
    sweepSeconds?: number;
  },
): Promise<SpineWorker> {
  const schema = options.schema ?? 'graphile_worker';
  // run() migrates too; installing first under the lock leaves it nothing to race over.
  const utils = await underSchemaLock(options.connectionString, () =>
    makeWorkerUtils({
      connectionString: options.connectionString,
      schema: options.schema,
      logger: quietLogger,
    }),
  );
  const warn = (message: string) => process.stderr.write(`queue warning: ${message}\n`);
  const events: WorkerEvents = new EventEmitter();
  const liveness: Array<Promise<{ release(): Promise<void> } | null>> = [];
  events.on('pool:create', ({ workerPool }) => {
    liveness.push(
      holdLiveness(options.connectionString, workerPool.id, (error) =>
        warn(`liveness connection lost (${error.message}); this worker's jobs may be taken by another`),
      ).catch((error: Error) => {
        warn(`could not take the liveness lock (${error.message})`);
        return null;
      }),
    );
  });

  const sweep = async () => {
    try {
      const dead = await utils.withPgClient((client) => findDeadPools(client, schema, LOCK_GRACE_SECONDS));
      if (dead.length > 0) {
        await utils.forceUnlockWorkers(dead);
        warn(`freed the jobs of ${dead.length} dead worker(s): ${dead.join(', ')}`);
      }
    } catch (error) {
      warn(`looking for dead workers failed (${(error as Error).message})`);
    }
  };
  await sweep();
  let sweeping: Promise<void> = Promise.resolve();
  const timer = setInterval(
    () => {
      sweeping = sweeping.then(sweep);
    },
    (options.sweepSeconds ?? SWEEP_SECONDS) * 1000,
  );
  timer.unref();

  const runner: Runner = await run({
    connectionString: options.connectionString,
    schema: options.schema,
    concurrency: options.concurrency ?? 1,
    noHandleSignals: true,
    pollInterval: 500,
    events,
    // Completions are batched (with no delay) so that shutting down waits for them to be written;
    // unbatched, a completion still in flight when the pool closes is lost and the job stays locked.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
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

  const cleanup = async () => {
    clearInterval(timer);
    await sweeping;
    for (const held of await Promise.all(liveness)) await held?.release();
    await utils.release();
  };
  const promise = runner.promise.finally(cleanup);
  let stopping: Promise<void> | null = null;
  return {
    promise,
    stop() {
      stopping ??= runner.stop().then(() => promise);
      return stopping;
    },
  };
}
