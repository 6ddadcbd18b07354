/**
 * @module Everything a reviewer sees for one packet, in one read: the newest version unless one is
 * named, with its gates, drafts, owner and audit summary, and a version tag (ETag) for it.
 */
import { createHash } from 'node:crypto';
import { latestDrafts } from '../../core/review/latest-drafts.js';
import type { PacketView } from '../../core/review/views.js';
import type { PacketViewState, ReviewReader } from '../../ports/review-store.js';
import { packetNotFound, requirePacket, requireVersion, versionNotFound } from './require-packet.js';

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
  /**
   * The caller expects to need the whole view (it holds no copy that could be current): where the
   * store reads the view in one round trip, the rest is then read with the tag, not after it.
   * Defaults to true without `isCurrent`, false with it.
   */
  readonly expectView?: boolean;
}

type Head = Pick<PacketViewState, 'record' | 'versions' | 'audit'>;

/**
 * The tag is computed from the packet row's version and updated-at, the shown version's job status
 * and progress, and the newest audit event (every change appends one, even two in the same
 * millisecond): never from the body.
 */
function tagOf(head: Head, v: number, audience: string | undefined): string {
  const shown = head.versions.find((x) => x.version === v);
  return `W/"${createHash('sha1')
    .update(
      [
        audience ?? '',
        head.record.version,
        head.record.updatedAt,
        v,
        shown?.status ?? '',
        shown?.progress ?? '',
        head.audit.last?.id ?? 0,
      ].join('\n'),
    )
    .digest('base64url')}"`;
}

function viewOf(head: Head, body: NonNullable<PacketViewState['body']>): PacketView {
  const { stored } = body;
  const packet = stored?.packet ?? null;
  const running = stored?.status === 'queued' || stored?.status === 'running';
  return {
    ...head.record,
    progress: running ? (stored?.progress ?? null) : null,
    packet,
    markdown: stored?.markdown ?? null,
    explanation: stored?.explanation ?? null,
    error: stored?.error ?? null,
    gates: body.gates,
    drafts: latestDrafts(packet, body.edits),
    overrides: body.overrides,
    sent: body.sent,
    inputs: body.inputs,
    versions: head.versions.map((x) => ({
      version: x.version,
      status: x.status,
      createdAt: x.createdAt,
      preparedAt: x.preparedAt,
    })),
    owner: body.owner,
    audit: head.audit,
  };
}

/** Reads the view, or only its tag when the caller's copy is current. */
export async function readPacketView(
  store: ReviewReader,
  packetId: string,
  options: PacketViewOptions = {},
): Promise<PacketViewRead> {
  if (store.readPacketViewState)
    return readInOneStatement(store.readPacketViewState.bind(store), packetId, options);
  const [record, versions, audit] = await Promise.all([
    requirePacket(store, packetId),
    store.listVersions(packetId),
    store.auditSummary(packetId),
  ]);
  const head = { record, versions, audit };
  const v = options.version ?? record.version;
  const shown = versions.find((x) => x.version === v);
  if (!shown && options.version !== undefined) await requireVersion(store, packetId, v);
  const etag = tagOf(head, v, options.audience);
  if (options.isCurrent?.(etag)) return { etag, view: null };

  // A named version must exist: answering with another version's data would mislead.
  const stored =
    options.version === undefined
      ? await store.readVersion(packetId, v)
      : await requireVersion(store, packetId, v);
  const [edits, gates, overrides, sent, inputs, owner] = await Promise.all([
    store.readDraftEdits(packetId, v),
    store.readGates(packetId, v),
    store.readOverrides(packetId),
    store.readSentMarks(packetId),
    store.readInputList(packetId, v),
    store.readOwner(packetId),
  ]);
  return { etag, view: viewOf(head, { stored, edits, gates, overrides, sent, inputs, owner }) };
}

/**
 * The same view from a store that reads it in one round trip: the tag's inputs alone when the
 * caller may hold the view, everything at once when it expects to need it. A tag read that finds
 * the caller's copy stale reads once more, with the rest, and tags what that read saw.
 */
async function readInOneStatement(
  readState: NonNullable<ReviewReader['readPacketViewState']>,
  packetId: string,
  options: PacketViewOptions,
): Promise<PacketViewRead> {
  let body = options.expectView ?? !options.isCurrent;
  for (;;) {
    const state = await readState(packetId, { version: options.version, body });
    if (!state) throw packetNotFound(packetId);
    const v = options.version ?? state.record.version;
    if (options.version !== undefined && !state.versions.some((x) => x.version === v))
      throw versionNotFound(packetId, v);
    const etag = tagOf(state, v, options.audience);
    if (options.isCurrent?.(etag)) return { etag, view: null };
    if (state.body) {
      if (options.version !== undefined && !state.body.stored) throw versionNotFound(packetId, v);
      return { etag, view: viewOf(state, state.body) };
    }
    body = true;
  }
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
