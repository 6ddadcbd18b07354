/**
 * @module Review store rows as records, shared by the piecewise reads and the one-statement view
 * read (PostgreSQL), so both give the same records for the same rows.
 */
import type { Selectable } from 'kysely';
import type { Explanation } from '../../core/explain/format-explain.js';
import type { Packet } from '../../core/model/packet.js';
import type { AuditSummary, DraftName, GateView, OverrideView, SentView } from '../../core/review/views.js';
import type {
  DraftEditRecord,
  InputRecord,
  PacketRecord,
  StoredVersion,
  VersionListing,
} from '../../ports/review-store.js';
import type { Database } from './database.js';
import { cachedVersion, parsePacket } from './packet-cache.js';
import { toSummary } from './packets.js';

type Row<T extends keyof Database> = Selectable<Database[T]>;

export const toRecord = (row: Database['packets']): PacketRecord => ({
  ...toSummary(row),
  closingReason: row.closing_reason,
  toldBy: row.told_by,
});

export const toGate = (row: Row<'gate_decisions'>): GateView => ({
  id: row.gate_id,
  kind: row.kind,
  subject: row.subject,
  state: row.state as GateView['state'],
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
  comment: row.comment,
});

export const toDraftEdit = (r: Row<'draft_edits'>): DraftEditRecord => ({
  version: Number(r.version),
  draft: r.draft as DraftName,
  revision: Number(r.revision),
  text: r.text,
  author: r.author,
  at: r.created_at,
});

export const toOverride = (o: Row<'overrides'>): OverrideView => ({
  field: o.field,
  original: o.original,
  value: o.value,
  reason: o.reason,
  by: o.by_user,
  at: o.at,
});

export const toSent = (s: Row<'sent_marks'>): SentView => ({
  draft: s.draft,
  text: s.text,
  by: s.by_user,
  at: s.at,
});

export const toInput = (i: Pick<Row<'packet_inputs'>, 'name' | 'sha256' | 'size'>): InputRecord => ({
  name: i.name,
  sha256: i.sha256,
  size: Number(i.size),
});

type VersionRow = Pick<
  Row<'packet_versions'>,
  'version' | 'status' | 'progress' | 'created_at' | 'prepared_at'
>;

export const toVersionListing = (x: VersionRow): VersionListing => ({
  version: Number(x.version),
  status: x.status,
  progress: x.progress,
  createdAt: x.created_at,
  preparedAt: x.prepared_at,
});

/** The newest audit event with the packet's count of events (no newest: no events). */
export function toAuditSummary(
  last: { id: number | string; name: string; actor: string; at: string } | undefined,
  events: number | string | null | undefined,
): AuditSummary {
  return last
    ? {
        events: Number(events ?? 0),
        last: { id: Number(last.id), name: last.name, actor: last.actor, at: last.at },
      }
    : { events: 0, last: null };
}

/**
 * A prepared version never changes, so its packet, Markdown and explanation are read and parsed
 * once per process: this is the parsed copy when there is one, else undefined (read the text).
 */
export function parsedVersion(packetId: string, row: Pick<VersionRow, 'version' | 'status'>) {
  if (row.status !== 'done') return undefined;
  const cached = cachedVersion(packetId, Number(row.version));
  return cached && cached.explanation !== undefined ? cached : undefined;
}

type BodyText = Pick<Row<'packet_versions'>, 'packet_json' | 'markdown' | 'explanation_json'>;

/** A version row with its body: the parsed copy from `parsedVersion`, or else its stored text parsed. */
export function toStoredVersion(
  packetId: string,
  row: VersionRow & Pick<Row<'packet_versions'>, 'error'>,
  parsed: ReturnType<typeof parsedVersion>,
  text: BodyText | undefined,
): StoredVersion {
  const version = Number(row.version);
  let packet: Packet | null;
  let markdown: string | null;
  let explanation: Explanation | null;
  if (parsed) {
    packet = parsed.packet;
    markdown = parsed.markdown;
    explanation = parsed.explanation as Explanation | null;
  } else {
    markdown = text?.markdown ?? null;
    explanation = text?.explanation_json ? (JSON.parse(text.explanation_json) as Explanation) : null;
    packet = text?.packet_json
      ? parsePacket(
          packetId,
          version,
          text.packet_json,
          markdown,
          row.status === 'done' ? explanation : undefined,
        )
      : null;
  }
  return {
    version,
    status: row.status,
    packet,
    markdown,
    explanation,
    error: row.error,
    progress: row.progress,
    createdAt: row.created_at,
    preparedAt: row.prepared_at,
  };
}
