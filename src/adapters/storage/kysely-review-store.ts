/**
 * @module The review store over Kysely (SQLite or PostgreSQL): rows in, records out. It stores and
 * reads; the rules about what may change live in `src/app/review/` and `src/core/review/`.
 */
import { type Kysely, PostgresAdapter, type Selectable } from 'kysely';
import type { FactValue, FeedbackKind, FeedbackView, HandoffRating } from '../../core/review/feedback.js';
import type { PacketChanges, ReviewReader, ReviewStore, ReviewWriter } from '../../ports/review-store.js';
import { appendAudit, type Db, readAudit } from './audit.js';
import { getBlob, putBlob } from './blobs.js';
import type { Database } from './database.js';
import { listOwnerCandidates, readOwner, writeOwner } from './owners.js';
import { readPacketViewState } from './packet-view-state.js';
import { toSummary } from './packets.js';
import {
  parsedVersion,
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

const STATE_COLUMN = {
  prepared: null,
  in_review: 'in_review_at',
  changes_requested: 'changes_requested_at',
  approved: 'approved_at',
  sent: 'sent_at',
  resolved: 'resolved_at',
  de_escalated: 'de_escalated_at',
} as const;

const toFeedback = (row: Selectable<Database['feedback']>): FeedbackView => ({
  id: Number(row.id),
  version: Number(row.packet_version),
  kind: row.kind as FeedbackKind,
  rating: row.rating as HandoffRating | null,
  field: row.field,
  value: row.value === null ? null : (JSON.parse(row.value) as FactValue),
  note: row.note,
  actor: row.actor,
  at: row.created_at,
});

function reader(db: Db, postgres: boolean): ReviewReader {
  return {
    async findPacket(id, options) {
      let query = db.selectFrom('packets').selectAll().where('id', '=', id);
      // SQLite runs one write transaction at a time; PostgreSQL needs the row lock.
      if (options?.lock && postgres) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async readVersion(packetId, version) {
      const row = await db
        .selectFrom('packet_versions')
        .select(['version', 'status', 'error', 'progress', 'created_at', 'prepared_at'])
        .where('packet_id', '=', packetId)
        .where('version', '=', version)
        .executeTakeFirst();
      if (!row) return undefined;
      const parsed = parsedVersion(packetId, row);
      const text = parsed
        ? undefined
        : await db
            .selectFrom('packet_versions')
            .select(['packet_json', 'markdown', 'explanation_json'])
            .where('packet_id', '=', packetId)
            .where('version', '=', version)
            .executeTakeFirst();
      return toStoredVersion(packetId, row, parsed, text);
    },

    async listVersions(packetId) {
      const rows = await db
        .selectFrom('packet_versions')
        .select(['version', 'status', 'created_at', 'prepared_at', 'progress'])
        .where('packet_id', '=', packetId)
        .orderBy('version')
        .execute();
      return rows.map(toVersionListing);
    },

    async readGates(packetId, version) {
      const rows = await db
        .selectFrom('gate_decisions')
        .selectAll()
        .where('packet_id', '=', packetId)
        .where('version', '=', version)
        .orderBy('gate_id')
        .execute();
      return rows.map(toGate);
    },

    async readDraftEdits(packetId, version) {
      let query = db.selectFrom('draft_edits').selectAll().where('packet_id', '=', packetId);
      if (version !== undefined) query = query.where('version', '=', version);
      const rows = await query.orderBy('version').orderBy('revision').execute();
      return rows.map(toDraftEdit);
    },

    async readOverrides(packetId) {
      const rows = await db
        .selectFrom('overrides')
        .selectAll()
        .where('packet_id', '=', packetId)
        .orderBy('id')
        .execute();
      return rows.map(toOverride);
    },

    async readSentMarks(packetId) {
      const rows = await db
        .selectFrom('sent_marks')
        .selectAll()
        .where('packet_id', '=', packetId)
        .orderBy('id')
        .execute();
      return rows.map(toSent);
    },

    async readInputList(packetId, version) {
      const rows = await db
        .selectFrom('packet_inputs')
        .select(['name', 'sha256', 'size'])
        .where('packet_id', '=', packetId)
        .where('version', '=', version)
        .orderBy('name')
        .execute();
      return rows.map(toInput);
    },

    async listOpenPackets(states) {
      const rows = await db
        .selectFrom('packets')
        .selectAll()
        .where('state', 'in', [...states])
        .execute();
      return rows.map(toRecord);
    },

    readAudit: (filter) => readAudit(db, filter),

    async auditSummary(packetId) {
      // One statement: the newest event with the packet's count beside it (no row: no events).
      const last = await db
        .selectFrom('audit_log')
        .select(['id', 'name', 'actor', 'at'])
        .select((eb) =>
          eb
            .selectFrom('audit_log as counted')
            .select((inner) => inner.fn.countAll<number | string>().as('n'))
            .where('counted.packet_id', '=', packetId)
            .as('n'),
        )
        .where('packet_id', '=', packetId)
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      return toAuditSummary(last, last?.n);
    },

    async listPackets(filter) {
      let query = db.selectFrom('packets').selectAll().orderBy('updated_at', 'desc').orderBy('id');
      if (filter.states?.length) query = query.where('state', 'in', [...filter.states]);
      const rows = await query.limit(filter.limit ?? 200).execute();
      return rows.map(toSummary);
    },

    readOwner: (packetId) => readOwner(db, packetId),
    listOwnerCandidates: () => listOwnerCandidates(db),

    async readFeedback(packetId) {
      const rows = await db
        .selectFrom('feedback')
        .selectAll()
        .where('packet_id', '=', packetId)
        .orderBy('id')
        .execute();
      return rows.map(toFeedback);
    },

    readBlob: (sha256) => getBlob(db, sha256),
    // Each query is a loopback round trip on PostgreSQL; on SQLite a few microseconds.
    ...(postgres
      ? { readPacketViewState: (packetId, options) => readPacketViewState(db, packetId, options) }
      : {}),
  };
}

function packetColumns(changes: PacketChanges): Partial<Database['packets']> {
  const set: Partial<Database['packets']> = { updated_at: changes.updatedAt };
  if (changes.state !== undefined) {
    set.state = changes.state;
    const column = STATE_COLUMN[changes.state];
    if (column && changes.enteredAt) set[column] = changes.enteredAt;
  }
  if (changes.closingReason !== undefined) set.closing_reason = changes.closingReason;
  if (changes.toldBy !== undefined) set.told_by = changes.toldBy;
  if (changes.severity !== undefined) set.severity = changes.severity;
  if (changes.primaryTarget !== undefined) set.primary_target = changes.primaryTarget;
  if (changes.nextInternalDue !== undefined) set.next_internal_due = changes.nextInternalDue;
  if (changes.nextCustomerDue !== undefined) set.next_customer_due = changes.nextCustomerDue;
  if (changes.respondBy !== undefined) set.respond_by = changes.respondBy;
  if (changes.version !== undefined) set.version = changes.version;
  if (changes.jobStatus !== undefined) set.job_status = changes.jobStatus;
  return set;
}

function writer(db: Db, postgres: boolean): ReviewWriter {
  return {
    ...reader(db, postgres),

    async insertPacket(packet) {
      await db
        .insertInto('packets')
        .values({
          id: packet.id,
          title: packet.title,
          headline: null,
          account: null,
          state: 'prepared',
          version: 1,
          job_status: 'preparing',
          severity: null,
          escalate: null,
          primary_target: null,
          created_by: packet.createdBy,
          created_at: packet.createdAt,
          updated_at: packet.createdAt,
          in_review_at: null,
          changes_requested_at: null,
          approved_at: null,
          resolved_at: null,
          de_escalated_at: null,
          closing_reason: null,
          told_by: null,
          next_internal_due: null,
          next_customer_due: null,
        })
        .execute();
    },

    async addVersion(packetId, version) {
      await db
        .insertInto('packet_versions')
        .values({
          packet_id: packetId,
          version: version.version,
          status: 'queued',
          packet_json: null,
          markdown: null,
          error: null,
          as_of: version.asOf,
          policy_sha256: null,
          created_by: version.createdBy,
          created_at: version.createdAt,
          prepared_at: null,
        })
        .execute();
    },

    async putInputs(packetId, version, files) {
      for (const file of files) {
        const sha256 = await putBlob(db, file.bytes);
        const size = file.bytes.length;
        await db
          .insertInto('packet_inputs')
          .values({ packet_id: packetId, version, name: file.name, sha256, size })
          .onConflict((oc) => oc.columns(['packet_id', 'version', 'name']).doUpdateSet({ sha256, size }))
          .execute();
      }
    },

    async copyInputs(packetId, from, to) {
      const previous = await db
        .selectFrom('packet_inputs')
        .select(['name', 'sha256', 'size'])
        .where('packet_id', '=', packetId)
        .where('version', '=', from)
        .execute();
      for (const input of previous) {
        await db
          .insertInto('packet_inputs')
          .values({ packet_id: packetId, version: to, ...input })
          .execute();
      }
    },

    async updatePacket(id, changes) {
      await db.updateTable('packets').set(packetColumns(changes)).where('id', '=', id).execute();
    },

    async addDraftEdit(packetId, edit) {
      await db
        .insertInto('draft_edits')
        .values({
          packet_id: packetId,
          version: edit.version,
          draft: edit.draft,
          revision: edit.revision,
          text: edit.text,
          author: edit.author,
          created_at: edit.at,
        })
        .execute();
    },

    async setGate(packetId, version, gateId, decision) {
      await db
        .updateTable('gate_decisions')
        .set({
          state: decision.state,
          decided_by: decision.by,
          decided_at: decision.at,
          comment: decision.comment,
        })
        .where('packet_id', '=', packetId)
        .where('version', '=', version)
        .where('gate_id', '=', gateId)
        .execute();
    },

    async addOverride(packetId, version, o) {
      await db
        .insertInto('overrides')
        .values({
          packet_id: packetId,
          version,
          field: o.field,
          original: o.original,
          value: o.value,
          reason: o.reason,
          by_user: o.by,
          at: o.at,
        })
        .execute();
    },

    async addSentMark(packetId, version, mark) {
      await db
        .insertInto('sent_marks')
        .values({
          packet_id: packetId,
          version,
          draft: mark.draft,
          text: mark.text,
          by_user: mark.by,
          at: mark.at,
        })
        .execute();
    },

    setOwner: (packetId, owner) => writeOwner(db, packetId, owner),

    async appendAudit(event, at) {
      await appendAudit(db, event, at);
    },

    async addFeedback(packetId, entry) {
      const row = await db
        .insertInto('feedback')
        .values({
          packet_id: packetId,
          packet_version: entry.version,
          kind: entry.kind,
          rating: entry.rating,
          field: entry.field,
          value: entry.kind === 'fact' ? JSON.stringify(entry.value) : null,
          note: entry.note,
          actor: entry.actor,
          created_at: entry.at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toFeedback(row);
    },
  };
}

/** The review store on an open Kysely database. */
export function kyselyReviewStore(db: Kysely<Database>): ReviewStore {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return {
    ...reader(db, postgres),
    transaction: (work) => db.transaction().execute((trx) => work(writer(trx, postgres))),
  };
}
