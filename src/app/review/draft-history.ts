/** @module A draft's revisions across every version of its packet, oldest first. */
import type { DraftName } from '../../core/review/views.js';
import type { ReviewReader } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export async function draftHistory(store: ReviewReader, packetId: string, draft: DraftName) {
  await requirePacket(store, packetId);
  const edits = await store.readDraftEdits(packetId);
  return edits
    .filter((e) => e.draft === draft)
    .map((e) => ({ version: e.version, revision: e.revision, text: e.text, author: e.author, at: e.at }));
}
