/** @module Everything a reviewer sees for one packet: the newest version unless one is named. */
import { latestDrafts } from '../../core/review/latest-drafts.js';
import type { PacketView } from '../../core/review/views.js';
import type { ReviewReader } from '../../ports/review-store.js';
import { requirePacket, requireVersion } from './require-packet.js';

export async function getPacketView(
  store: ReviewReader,
  packetId: string,
  version?: number,
): Promise<PacketView> {
  const record = await requirePacket(store, packetId);
  const v = version ?? record.version;
  // A named version must exist: answering with another version's data would mislead.
  const stored =
    version === undefined ? await store.readVersion(packetId, v) : await requireVersion(store, packetId, v);
  const packet = stored?.packet ?? null;
  const [edits, gates, overrides, sent, inputs, versions] = await Promise.all([
    store.readDraftEdits(packetId, v),
    store.readGates(packetId, v),
    store.readOverrides(packetId),
    store.readSentMarks(packetId),
    store.readInputList(packetId, v),
    store.listVersions(packetId),
  ]);
  const running = stored?.status === 'queued' || stored?.status === 'running';
  return {
    ...record,
    progress: running ? (stored?.progress ?? null) : null,
    packet,
    markdown: stored?.markdown ?? null,
    explanation: stored?.explanation ?? null,
    error: stored?.error ?? null,
    gates,
    drafts: latestDrafts(packet, edits),
    overrides,
    sent,
    inputs,
    versions: versions.map((x) => ({
      version: x.version,
      status: x.status,
      createdAt: x.createdAt,
      preparedAt: x.preparedAt,
    })),
  };
}
