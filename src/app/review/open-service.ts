/**
 * @module Opening the review service's parts from a Config: the store (migrated), the policy's
 * gate approvers, the job queue for the engine in use, and the prepare pipeline. Shared by
 * `spine serve` and `spine worker`.
 */
import type { Kysely } from 'kysely';
import type { Config } from '../../adapters/config/config-schema.js';
import { defaultOcrCacheDir, withOcrCache } from '../../adapters/ocr/ocr-cache.js';
import { createTesseractEngine, TESSERACT_ENGINE_VERSION } from '../../adapters/ocr/tesseract.js';
import { GraphileQueue } from '../../adapters/queue/graphile-queue.js';
import { createDb, migrateToLatest, storeConfigFrom } from '../../adapters/storage/create-db.js';
import type { Database } from '../../adapters/storage/database.js';
import { unfinishedVersions } from '../../adapters/storage/packets.js';
import type { Policy } from '../../core/policy/policy-schema.js';
import type { JobQueue } from '../../ports/job-queue.js';
import { splitKnowledgeEnv } from '../load-knowledge.js';
import { loadPolicy } from '../load-policy.js';
import { InProcessQueue } from './in-process-queue.js';
import type { PrepareUpload } from './prepare-job.js';
import { createPreparePool, preparePoolAvailable } from './prepare-pool.js';
import { makePrepareUpload } from './prepare-upload.js';

export interface ReviewService {
  readonly db: Kysely<Database>;
  readonly queue: JobQueue;
  readonly prepareUpload: PrepareUpload;
  readonly gateApprovers: Record<string, string[]>;
  readonly policy: Policy;
  readonly engine: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

export async function openReviewService(config: Config): Promise<ReviewService> {
  const store = storeConfigFrom(config);
  const db = createDb(store);
  const migrated = await migrateToLatest(db, store);
  if (migrated.error) {
    await db.destroy();
    throw migrated.error;
  }
  const { policy } = await loadPolicy(config.policyPath);
  // SPINE_KNOWLEDGE: the team's docs for every prepared packet (else the policy's knowledge key)
  const knowledgePaths = splitKnowledgeEnv(config.knowledge);
  const gateApprovers: Record<string, string[]> = {};
  for (const gate of policy.gates) gateApprovers[gate.kind] = [...gate.approvers];
  // One OCR pool for the life of the process: starting tesseract workers and loading the language
  // data for every upload cost more than recognising a typical screenshot.
  const ocr = createTesseractEngine();
  // Embedded, the server runs the jobs itself: in threads, so a big export never stalls requests.
  const threaded = !config.databaseUrl && config.prepareInThread;
  if (threaded && !preparePoolAvailable()) {
    process.stderr.write(
      'spine: the prepare thread is missing from this build; preparing on the event loop\n',
    );
  }
  const pool =
    threaded && preparePoolAvailable()
      ? createPreparePool({ size: config.workerConcurrency, policyPath: config.policyPath, knowledgePaths })
      : null;
  const prepareUpload =
    pool?.prepareUpload ??
    makePrepareUpload({
      policyPath: config.policyPath,
      knowledgePaths,
      ocr: withOcrCache(ocr, defaultOcrCacheDir(), TESSERACT_ENGINE_VERSION),
    });
  let queue: JobQueue;
  if (config.databaseUrl) {
    const graphile = await GraphileQueue.open({ connectionString: config.databaseUrl });
    // A process killed between storing an upload and queueing its job leaves the version queued;
    // one killed mid-job (whose job may since have run out of attempts) leaves it running.
    await graphile.requeue(await unfinishedVersions(db, 'queued', 'running'));
    queue = graphile;
  } else {
    const inProcess = new InProcessQueue(db, prepareUpload, undefined, pool ? config.workerConcurrency : 1);
    await inProcess.resume();
    queue = inProcess;
  }
  return {
    db,
    queue,
    prepareUpload,
    gateApprovers,
    policy,
    engine: config.databaseUrl ? 'postgres' : 'sqlite',
    async close() {
      await queue.close();
      await pool?.close();
      await ocr.close();
      await db.destroy();
    },
  };
}
