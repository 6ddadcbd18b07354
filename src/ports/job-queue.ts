/** @module The job queue port: preparing a packet version runs as a job, in-process or on workers. */

export interface PrepareJob {
  readonly packetId: string;
  readonly version: number;
}

export interface JobQueue {
  /** Schedules preparing a stored version; resolves once the job is durably queued. */
  enqueue(job: PrepareJob): Promise<void>;
  close(): Promise<void>;
}
