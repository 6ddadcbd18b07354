/** @module Editing a draft: a new revision with its author and time; earlier revisions are kept. */
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { latestDrafts } from '../../core/review/latest-drafts.js';
import type { DraftName, DraftView } from '../../core/review/views.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export async function editDraft(
  store: ReviewStore,
  input: { packetId: string; draft: DraftName; text: string; actor: string },
  now: string,
): Promise<DraftView> {
  return store.transaction(async (tx) => {
    const packet = await requirePacket(tx, input.packetId, { lock: true });
    if (packet.jobStatus !== 'ready')
      throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    const version = packet.version;
    const stored = await tx.readVersion(packet.id, version);
    const before = latestDrafts(stored?.packet ?? null, await tx.readDraftEdits(packet.id, version))[
      input.draft
    ];
    const revision = before.revision + 1;
    await tx.addDraftEdit(packet.id, {
      version,
      draft: input.draft,
      revision,
      text: input.text,
      author: input.actor,
      at: now,
    });
    await tx.updatePacket(packet.id, { updatedAt: now });
    await tx.appendAudit(
      auditEvent('draft.edited', input.actor, packet.id, {
        draft: input.draft,
        version,
        before: before.text,
        after: input.text,
      }),
      now,
    );
    return { text: input.text, revision, author: input.actor, at: now };
  });
}
