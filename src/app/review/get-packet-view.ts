/**
 * @module Everything a reviewer sees for one packet, in one read: the newest version unless one is
 * named, with its gates, drafts, owner and audit summary, and a version tag (ETag) for it.
 */
import { createHash } from 'node:crypto';
import { latestDrafts } from '../../core/review/latest-drafts.js';
import type { PacketView } from '../../core/review/views.js';
import type { ReviewReader } from '../../ports/review-store.js';
import { requirePacket, requireVersion } from './require-packet.js';

export interface PacketViewRead {
  /** a weak tag that changes whenever anything in the view can have changed */
  readonly etag: string;
  /** null when `isCurrent(etag)` said the caller already has this view */
  readonly view: PacketView | null;
}

export interface PacketViewOptions {
  readonly version?: number | undefined;
  /** who the view is for: the tag differs per audience, as the answer does */
  readonly audience?: string;
  /** the caller's copy is current (If-None-Match); the rest of the view is then not read */
  readonly isCurrent?: (etag: string) => boolean;
}

/**
 * Reads the view, or only its tag when the caller's copy is current. The tag is computed from the
 * packet row's version and updated-at, the shown version's job status and progress, and the newest
 * audit event (every change appends one, even two in the same millisecond): never from the body.
 */
export async function readPacketView(
  store: ReviewReader,
  packetId: string,
  options: PacketViewOptions = {},
): Promise<PacketViewRead> {
  const [record, versions, audit] = await Promise.all([
    requirePacket(store, packetId),
    store.listVersions(packetId),
    store.auditSummary(packetId),
  ]);
  const v = options.version ?? record.version;
  const shown = versions.find((x) => x.version === v);
  if (!shown && options.version !== undefined) await requireVersion(store, packetId, v);
  const etag = `W/"${createHash('sha1')
    .update(
      [
        options.audience ?? '',
        record.version,
        record.updatedAt,
        v,
        shown?.status ?? '',
        shown?.progress ?? '',
        audit.last?.id ?? 0,
      ].join('\n'),
    )
    .digest('base64url')}"`;
  if (options.isCurrent?.(etag)) return { etag, view: null };

  // A named version must exist: answering with another version's data would mislead.
  const stored =
    options.version === undefined
      ? await store.readVersion(packetId, v)
      : await requireVersion(store, packetId, v);
  const packet = stored?.packet ?? null;
  const [edits, gates, overrides, sent, inputs, owner] = await Promise.all([
    store.readDraftEdits(packetId, v),
    store.readGates(packetId, v),
    store.readOverrides(packetId),
    store.readSentMarks(packetId),
    store.readInputList(packetId, v),
    store.readOwner(packetId),
  ]);
  const running = stored?.status === 'queued' || stored?.status === 'running';
  const view: PacketView = {
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
    owner,
    audit,
  };
  return { etag, view };
}

/** The whole view (no tag), for use cases that answer with the packet after a change. */
export async function getPacketView(
  store: ReviewReader,
  packetId: string,
  version?: number,
): Promise<PacketView> {
  const { view } = await readPacketView(store, packetId, { version });
  // Without isCurrent the view is always read.
  return view as PacketView;
}
