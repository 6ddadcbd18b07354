/**
 * @module A packet view's state in one PostgreSQL statement: the packet row, its versions and audit
 * summary (the tag's inputs) and, when asked, the shown version with its stored text and the review
 * state on it, aggregated as JSON beside it. Read piece by piece it was up to eleven queries in three
 * waits, each a loopback round trip and a pool connection; one statement is one of each, and one
 * snapshot. The rows are made records by the same functions as the piecewise reads.
 */
import { type Selectable, sql } from 'kysely';
import type { PacketViewState } from '../../ports/review-store.js';
import type { Db } from './audit.js';
import type { Database } from './database.js';
import { toOwner } from './owners.js';
import { cachedVersion, parsedVersionsOf } from './packet-cache.js';
import {
  toAuditSummary,
  toDraftEdit,
  toGate,
  toInput,
  toOverride,
  toRecord,
  toSent,
  toStoredVersion,
  toVersionListing,
} from './review-rows.js';

type Row<T extends keyof Database> = Selectable<Database[T]>;

interface HeadRow extends Row<'packets'> {
  view_versions: Array<Parameters<typeof toVersionListing>[0]>;
  view_audit_events: string | number;
  view_audit_id: number | null;
  view_audit_name: string | null;
  view_audit_actor: string | null;
  view_audit_at: string | null;
}

interface BodyRow {
  view_version: number | null;
  view_status: string | null;
  view_error: string | null;
  view_progress: string | null;
  view_created_at: string | null;
  view_prepared_at: string | null;
  view_packet_json: string | null;
  view_markdown: string | null;
  view_explanation_json: string | null;
  view_edits: Array<Row<'draft_edits'>>;
  view_gates: Array<Row<'gate_decisions'>>;
  view_overrides: Array<Row<'overrides'>>;
  view_sent: Array<Row<'sent_marks'>>;
  view_inputs: Array<Pick<Row<'packet_inputs'>, 'name' | 'sha256' | 'size'>>;
  view_owner: Row<'packet_owners'> | null;
}

/** A JSON array of a subquery's rows in its order, `[]` when there are none. */
const jsonRows = (rows: ReturnType<typeof sql>, order: ReturnType<typeof sql>) =>
  sql`(select coalesce(json_agg(r order by ${order}), '[]'::json) from (${rows}) r)`;

/** The held copy, touched in the cache so that a version read often stays in it. */
function heldParsed(packetId: string, version: number, held: ReturnType<typeof parsedVersionsOf>) {
  const parsed = held.get(version);
  if (parsed) cachedVersion(packetId, version);
  return parsed;
}

export async function readPacketViewState(
  db: Db,
  packetId: string,
  options: { version?: number | undefined; body: boolean },
): Promise<PacketViewState | undefined> {
  // The text of a finished version this process holds parsed is not sent again.
  const held = options.body ? parsedVersionsOf(packetId) : new Map();
  const heldVersions = [...held.keys()];
  const skipText = sql`s.status = 'done' and s.version = any(${heldVersions}::int[])`;
  const body = options.body
    ? sql`,
      s.version as view_version, s.status as view_status, s.error as view_error,
      s.progress as view_progress, s.created_at as view_created_at, s.prepared_at as view_prepared_at,
      case when ${skipText} then null else s.packet_json end as view_packet_json,
      case when ${skipText} then null else s.markdown end as view_markdown,
      case when ${skipText} then null else s.explanation_json end as view_explanation_json,
      ${jsonRows(
        sql`select * from draft_edits where packet_id = p.id and version = shown.v`,
        sql`r.version, r.revision`,
      )} as view_edits,
      ${jsonRows(
        sql`select * from gate_decisions where packet_id = p.id and version = shown.v`,
        sql`r.gate_id`,
      )} as view_gates,
      ${jsonRows(sql`select * from overrides where packet_id = p.id`, sql`r.id`)} as view_overrides,
      ${jsonRows(sql`select * from sent_marks where packet_id = p.id`, sql`r.id`)} as view_sent,
      ${jsonRows(
        sql`select name, sha256, size from packet_inputs where packet_id = p.id and version = shown.v`,
        sql`r.name`,
      )} as view_inputs,
      (select row_to_json(o) from packet_owners o where o.packet_id = p.id) as view_owner`
    : sql``;
  const shownVersion = options.version === undefined ? sql`p.version` : sql`${options.version}::int`;
  const { rows } = await sql<HeadRow & Partial<BodyRow>>`
    select p.*,
      ${jsonRows(
        sql`select version, status, progress, created_at, prepared_at from packet_versions where packet_id = p.id`,
        sql`r.version`,
      )} as view_versions,
      (select count(*) from audit_log where packet_id = p.id) as view_audit_events,
      last.id as view_audit_id, last.name as view_audit_name, last.actor as view_audit_actor,
      last.at as view_audit_at
      ${body}
    from packets p
    cross join lateral (select ${shownVersion} as v) shown
    left join lateral (
      select id, name, actor, at from audit_log where packet_id = p.id order by id desc limit 1
    ) last on true
    ${options.body ? sql`left join packet_versions s on s.packet_id = p.id and s.version = shown.v` : sql``}
    where p.id = ${packetId}`.execute(db);
  const row = rows[0];
  if (!row) return undefined;
  const last =
    row.view_audit_id === null
      ? undefined
      : {
          id: row.view_audit_id,
          name: row.view_audit_name as string,
          actor: row.view_audit_actor as string,
          at: row.view_audit_at as string,
        };
  const head = {
    record: toRecord(row),
    versions: row.view_versions.map(toVersionListing),
    audit: toAuditSummary(last, row.view_audit_events),
  };
  if (!options.body) return head;
  const version = row.view_version ?? null;
  const stored =
    version === null || !row.view_status
      ? undefined
      : toStoredVersion(
          packetId,
          {
            version,
            status: row.view_status,
            error: row.view_error ?? null,
            progress: row.view_progress ?? null,
            created_at: row.view_created_at as string,
            prepared_at: row.view_prepared_at ?? null,
          },
          row.view_status === 'done' ? heldParsed(packetId, Number(version), held) : undefined,
          {
            packet_json: row.view_packet_json ?? null,
            markdown: row.view_markdown ?? null,
            explanation_json: row.view_explanation_json ?? null,
          },
        );
  return {
    ...head,
    body: {
      stored,
      edits: (row.view_edits ?? []).map(toDraftEdit),
      gates: (row.view_gates ?? []).map(toGate),
      overrides: (row.view_overrides ?? []).map(toOverride),
      sent: (row.view_sent ?? []).map(toSent),
      inputs: (row.view_inputs ?? []).map(toInput),
      owner: row.view_owner ? toOwner(row.view_owner) : null,
    },
  };
}
