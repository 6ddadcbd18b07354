/**
 * @module Preparing a packet again with more evidence: a new version with the earlier inputs plus
 * the new files (a same-named file is replaced), queued to prepare. Closed packets stay closed.
 */
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import type { JobQueue } from '../../ports/job-queue.js';
import type { ReviewStore, UploadedFile } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export interface ReprepareInput {
  readonly packetId: string;
  readonly files: readonly UploadedFile[];
  readonly actor: string;
  readonly asOf?: string | undefined;
}

export async function repreparePacket(
  deps: { readonly store: ReviewStore; readonly queue: Pick<JobQueue, 'enqueue'> },
  input: ReprepareInput,
  now: string,
): Promise<{ id: string; version: number }> {
  const next = await deps.store.transaction(async (tx) => {
    const packet = await requirePacket(tx, input.packetId, { lock: true });
    if (packet.state === 'resolved' || packet.state === 'de_escalated') {
      throw new SpineError('SPINE_ERR_CONFLICT', `packet ${packet.id} is ${packet.state}`);
    }
    const version = packet.version + 1;
    await tx.copyInputs(packet.id, packet.version, version);
    await tx.putInputs(packet.id, version, input.files);
    await tx.addVersion(packet.id, {
      version,
      asOf: input.asOf ?? null,
      createdBy: input.actor,
      createdAt: now,
    });
    // A new version goes back to review from the start: the earlier approvals were for other evidence.
    await tx.updatePacket(packet.id, { updatedAt: now, version, jobStatus: 'preparing', state: 'prepared' });
    await tx.appendAudit(
      auditEvent('packet.reprepared', input.actor, packet.id, {
        version,
        inputs: input.files.map((f) => f.name),
      }),
      now,
    );
    return { id: packet.id, version };
  });
  await deps.queue.enqueue({ packetId: next.id, version: next.version });
  return next;
}
