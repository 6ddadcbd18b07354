/**
 * @module One prepare job: read a stored version's inputs, prepare the packet, record the result.
 * The same function runs in-process (SQLite) and in `spine worker` processes (PostgreSQL queue).
 * It is idempotent per version: only the first run to finish records a result.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../adapters/storage/database.js';
import {
  completePreparation,
  failPreparation,
  markRunning,
  readInputs,
  setProgress,
  type UploadedFile,
} from '../../adapters/storage/packets.js';
import type { Explanation } from '../../core/explain/format-explain.js';
import type { Packet } from '../../core/model/packet.js';
import type { PrepareJob } from '../../ports/job-queue.js';

/** Turns uploaded files into a packet; the app wires the real pipeline, tests may pass their own. */
export type PrepareUpload = (
  files: readonly UploadedFile[],
  options: { asOf?: string | undefined; onProgress?: (progress: string) => void },
) => Promise<{ packet: Packet; markdown: string; packetJson?: string; explanation?: Explanation }>;

export async function runPrepareJob(
  db: Kysely<Database>,
  job: PrepareJob,
  prepareUpload: PrepareUpload,
  now: () => Date,
): Promise<void> {
  // A version already done or failed is left alone: this run is a retry or a duplicate.
  if (!(await markRunning(db, job.packetId, job.version))) return;
  const version = await db
    .selectFrom('packet_versions')
    .select(['as_of', 'status'])
    .where('packet_id', '=', job.packetId)
    .where('version', '=', job.version)
    .executeTakeFirst();
  if (!version) return;
  const files = await readInputs(db, job.packetId, job.version);
  try {
    const result = await prepareUpload(files, {
      asOf: version.as_of ?? undefined,
      // Progress is a courtesy to the person waiting: a failed write must not fail the job.
      onProgress: (progress) =>
        void setProgress(db, job.packetId, job.version, progress).catch(() => undefined),
    });
    await completePreparation(
      db,
      {
        packetId: job.packetId,
        version: job.version,
        packet: result.packet,
        ...(result.packetJson ? { packetJson: result.packetJson } : {}),
        markdown: result.markdown,
        ...(result.explanation ? { explanationJson: JSON.stringify(result.explanation) } : {}),
        actor: 'spine',
      },
      now().toISOString(),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await failPreparation(
      db,
      { packetId: job.packetId, version: job.version, error: message, actor: 'spine' },
      now().toISOString(),
    );
  }
}
