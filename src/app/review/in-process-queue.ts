/**
 * @module The embedded job queue for SQLite: jobs run inside `spine serve`, `concurrency` at a time
 * (one unless prepare runs in a thread pool). Job state lives in the store, so a restart resumes
 * whatever a killed process left queued or running.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/storage/database.js';
import { unfinishedVersions } from '../../adapters/storage/packets.js';
import type { JobQueue, PrepareJob } from '../../ports/job-queue.js';
import { type PrepareUpload, runPrepareJob } from './prepare-job.js';

export class InProcessQueue implements JobQueue {
  readonly #pending: PrepareJob[] = [];
  readonly #running = new Set<Promise<void>>();
  #closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly prepareUpload: PrepareUpload,
    private readonly now: () => Date = () => new Date(),
    private readonly concurrency = 1,
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
    while (this.#running.size > 0) await Promise.all(this.#running);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.idle();
  }

  #push(job: PrepareJob): void {
    if (this.#closed) return;
    this.#pending.push(job);
    if (this.#running.size >= this.concurrency) return;
    const runner: Promise<void> = this.#drain().finally(() => this.#running.delete(runner));
    this.#running.add(runner);
  }

  async #drain(): Promise<void> {
    for (let job = this.#pending.shift(); job; job = this.#pending.shift()) {
      try {
        await runPrepareJob(this.db, job, this.prepareUpload, this.now);
      } catch (error) {
        // The store could not record the job (it stays queued or running and resumes on restart).
        process.stderr.write(`prepare ${job.packetId} v${job.version}: ${(error as Error).message}\n`);
      }
    }
  }
}
