/** @module Creating a packet from an upload: stored with a queued version 1, then queued to prepare. */
import { randomUUID } from 'node:crypto';
import { auditEvent } from '../../core/review/audit-events.js';
import type { JobQueue } from '../../ports/job-queue.js';
import type { ReviewStore, UploadedFile } from '../../ports/review-store.js';

export interface CreatePacketInput {
  /** the reviewer's title; the file names when blank */
  readonly title?: string | undefined;
  readonly files: readonly UploadedFile[];
  readonly actor: string;
  readonly asOf?: string | undefined;
}

const TITLE_FROM_FILES_MAX = 120;

/**
 * Stores the upload and a queued version 1 in one transaction (with `packet.created`), then queues
 * its prepare job. A process killed in between leaves the version queued; start-up queues it again.
 */
export async function createPacket(
  deps: { readonly store: ReviewStore; readonly queue: Pick<JobQueue, 'enqueue'> },
  input: CreatePacketInput,
  now: string,
): Promise<{ id: string; version: number }> {
  const id = randomUUID();
  const title =
    input.title ||
    input.files
      .map((f) => f.name)
      .join(', ')
      .slice(0, TITLE_FROM_FILES_MAX);
  await deps.store.transaction(async (tx) => {
    await tx.insertPacket({ id, title, createdBy: input.actor, createdAt: now });
    await tx.addVersion(id, { version: 1, asOf: input.asOf ?? null, createdBy: input.actor, createdAt: now });
    await tx.putInputs(id, 1, input.files);
    await tx.appendAudit(
      auditEvent('packet.created', input.actor, id, { version: 1, inputs: input.files.map((f) => f.name) }),
      now,
    );
  });
  await deps.queue.enqueue({ packetId: id, version: 1 });
  return { id, version: 1 };
}
