/**
 * @module Prepare jobs in the review store: claiming a version, recording its progress and result.
 * Each write runs in one transaction with its audit event. (Creating and listing packets are use
 * cases in `src/app/review/` over the ReviewStore port.)
 */
import type { Kysely, Updateable } from 'kysely';
import { SpineError } from '../../core/errors.js';
import type { Packet } from '../../core/model/packet.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { dueTimes } from '../../core/review/due-times.js';
import type { PacketState } from '../../core/review/transitions.js';
import type { PacketSummary } from '../../core/review/views.js';
import type { UploadedFile } from '../../ports/review-store.js';
import { appendAudit, type Db } from './audit.js';
import type { Database } from './database.js';

export type { UploadedFile } from '../../ports/review-store.js';
export type { PacketSummary };

type PacketRow = Database['packets'];

export const toSummary = (row: PacketRow): PacketSummary => ({
  id: row.id,
  title: row.title,
  headline: row.headline ?? null,
  account: row.account,
  state: row.state as PacketState,
  version: Number(row.version),
  jobStatus: row.job_status as PacketSummary['jobStatus'],
  severity: row.severity,
  escalate: row.escalate === null ? null : Boolean(row.escalate),
  primaryTarget: row.primary_target,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  nextInternalDue: row.next_internal_due,
  nextCustomerDue: row.next_customer_due,
  respondBy: row.respond_by ?? null,
});

export async function requirePacket(db: Db, id: string): Promise<PacketRow> {
  const row = await db.selectFrom('packets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new SpineError('SPINE_ERR_NOT_FOUND', `packet ${id}`);
  return row;
}

/** The input files of a version, with their bytes, for the prepare job. */
export async function readInputs(db: Db, packetId: string, version: number): Promise<UploadedFile[]> {
  const rows = await db
    .selectFrom('packet_inputs')
    .innerJoin('blobs', 'blobs.sha256', 'packet_inputs.sha256')
    .select(['packet_inputs.name', 'blobs.bytes'])
    .where('packet_inputs.packet_id', '=', packetId)
    .where('packet_inputs.version', '=', version)
    .orderBy('packet_inputs.name')
    .execute();
  return rows.map((row) => ({ name: row.name, bytes: new Uint8Array(row.bytes) }));
}

/** Versions whose job has not recorded a result yet; only these may be prepared or recorded. */
const UNFINISHED = ['queued', 'running'];

/** Updates a version whose job has no result yet; false when one is already recorded (done or failed). */
async function updateUnfinished(
  db: Db,
  packetId: string,
  version: number,
  changes: Updateable<Database['packet_versions']>,
): Promise<boolean> {
  const result = await db
    .updateTable('packet_versions')
    .set(changes)
    .where('packet_id', '=', packetId)
    .where('version', '=', version)
    .where('status', 'in', UNFINISHED)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Marks a version running; false when it is already done or failed, so a retried or duplicate job
 * knows to leave it alone.
 */
export async function markRunning(db: Db, packetId: string, version: number, now: string): Promise<boolean> {
  // A retried job restarts the clock: the duration measures the run that finishes.
  return updateUnfinished(db, packetId, version, { status: 'running', started_at: now });
}

/** Records what a running prepare job is doing, for the page that waits on it. */
export async function setProgress(
  db: Db,
  packetId: string,
  version: number,
  progress: string,
): Promise<void> {
  await db
    .updateTable('packet_versions')
    .set({ progress: progress.slice(0, 300) })
    .where('packet_id', '=', packetId)
    .where('version', '=', version)
    .where('status', 'in', ['queued', 'running'])
    .execute();
}

/** Versions a crashed process left queued or running (the SQLite runner resumes them on start). */
export async function unfinishedVersions(
  db: Db,
  ...statuses: Array<'queued' | 'running'>
): Promise<Array<{ packetId: string; version: number }>> {
  const rows = await db
    .selectFrom('packet_versions')
    .select(['packet_id', 'version'])
    .where('status', 'in', statuses.length > 0 ? statuses : ['queued', 'running'])
    .orderBy('created_at')
    .execute();
  return rows.map((row) => ({ packetId: row.packet_id, version: Number(row.version) }));
}

const HEADLINE_MAX = 200;

/** The packet's problem statement, cut at a word boundary, for the queue. */
function headlineOf(packet: Packet): string | null {
  const problem = packet.facts.problem?.value;
  if (typeof problem !== 'string' || problem.trim() === '') return null;
  const text = problem.replace(/\s+/g, ' ').trim();
  if (text.length <= HEADLINE_MAX) return text;
  const cut = text.slice(0, HEADLINE_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), HEADLINE_MAX / 2))}…`;
}

function dueColumns(packet: Packet) {
  const due = dueTimes({
    asOf: packet.asOf,
    responseTarget: null,
    cadence: packet.decision.cadence,
  });
  return {
    respond_by: packet.decision.respondBy,
    next_internal_due: due.nextInternalDue,
    next_customer_due: due.nextCustomerDue,
  };
}

/**
 * Records a prepared packet: the version, its gates, and the summary a queue shows. Only the first
 * run of a version records anything (check-and-set on its status in the same transaction): a
 * retried or racing job returns false and leaves overrides, edits, gate decisions, due times and
 * the audit log as reviewers left them.
 */
export async function completePreparation(
  db: Kysely<Database>,
  input: {
    packetId: string;
    version: number;
    packet: Packet;
    /** the packet already as JSON text (a prepare thread sends it so; `packet` may then omit evidence) */
    packetJson?: string;
    markdown: string;
    /** the signals and their traces as JSON text (see core/explain), when the pipeline gave them */
    explanationJson?: string;
    actor: string;
  },
  now: string,
): Promise<boolean> {
  const { packet } = input;
  return db.transaction().execute(async (trx) => {
    const row = await requirePacket(trx, input.packetId);
    const claimed = await updateUnfinished(trx, input.packetId, input.version, {
      status: 'done',
      packet_json: input.packetJson ?? JSON.stringify(packet),
      markdown: input.markdown,
      explanation_json: input.explanationJson ?? null,
      as_of: packet.asOf,
      policy_sha256: packet.policy.sha256,
      prepared_at: now,
      error: null,
    });
    if (!claimed) return false;
    for (const gate of packet.gates) {
      await trx
        .insertInto('gate_decisions')
        .values({
          packet_id: input.packetId,
          version: input.version,
          gate_id: gate.id,
          kind: gate.kind,
          subject: gate.subject,
          state: gate.state,
          decided_by: null,
          decided_at: null,
          comment: null,
        })
        .onConflict((oc) => oc.columns(['packet_id', 'version', 'gate_id']).doNothing())
        .execute();
    }
    // An older version finishing late must not overwrite what the newest version shows.
    if (Number(row.version) === input.version) {
      const account = packet.facts.account?.value;
      await trx
        .updateTable('packets')
        .set({
          job_status: 'ready',
          account: typeof account === 'string' ? account : null,
          headline: headlineOf(packet),
          severity: packet.decision.severity?.level ?? null,
          escalate: packet.decision.escalate ? 1 : 0,
          primary_target: packet.decision.targets[0]?.team ?? null,
          // One clock with the page: due times count from the packet's asOf, not the job's end.
          ...dueColumns(packet),
          updated_at: now,
        })
        .where('id', '=', input.packetId)
        .execute();
    }
    await appendAudit(
      trx,
      auditEvent('packet.prepared', input.actor, input.packetId, {
        version: input.version,
        severity: packet.decision.severity?.level ?? null,
        escalate: packet.decision.escalate,
      }),
      now,
    );
    return true;
  });
}

export async function failPreparation(
  db: Kysely<Database>,
  input: { packetId: string; version: number; error: string; actor: string },
  now: string,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await requirePacket(trx, input.packetId);
    // A late failure of a duplicate run must not mark a version another run already recorded.
    const claimed = await updateUnfinished(trx, input.packetId, input.version, {
      status: 'failed',
      error: input.error,
    });
    if (!claimed) return false;
    if (Number(row.version) === input.version) {
      await trx
        .updateTable('packets')
        .set({ job_status: 'failed', updated_at: now })
        .where('id', '=', input.packetId)
        .execute();
    }
    await appendAudit(
      trx,
      auditEvent('packet.prepare_failed', input.actor, input.packetId, {
        version: input.version,
        error: input.error,
      }),
      now,
    );
    return true;
  });
}
