/**
 * @module The embedded job queue for SQLite: jobs run one at a time inside `spine serve`. Job state
 * lives in the store, so a restart resumes whatever a killed process left queued or running.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/storage/database.js';
import { unfinishedVersions } from '../../adapters/storage/packets.js';
import type { JobQueue, PrepareJob } from '../../ports/job-queue.js';
import { type PrepareUpload, runPrepareJob } from './prepare-job.js';

export class InProcessQueue implements JobQueue {
  readonly #pending: PrepareJob[] = [];
  #running: Promise<void> | null = null;
  #closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly prepareUpload: PrepareUpload,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Re-queues the versions a previous process did not finish. */
  async resume(): Promise<number> {
    const unfinished = await unfinishedVersions(this.db);
    for (const job of unfinished) this.#push(job);
    return unfinished.length;
  }

  async enqueue(job: PrepareJob): Promise<void> {
    this.#push(job);
  }

  /** Resolves when no job is queued or running (for tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.idle();
  }

  #push(job: PrepareJob): void {
    if (this.#closed) return;
    this.#pending.push(job);
    if (!this.#running) this.#running = this.#drain();
  }

  async #drain(): Promise<void> {
    try {
      for (let job = this.#pending.shift(); job; job = this.#pending.shift()) {
        await runPrepareJob(this.db, job, this.prepareUpload, this.now);
      }
    } finally {
      this.#running = null;
    }
  }
}
