/**
 * @module What reviewers do to a packet: move it through its states, edit drafts (versioned),
 * decide gates, override severity or routing, and mark an approved text as sent. Each change is
 * one transaction with its audit event.
 */
import type { Kysely } from 'kysely';
import { SpineError } from '../../core/errors.js';
import type { Packet } from '../../core/model/packet.js';
import { addDuration } from '../../core/policy/duration.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { blockingGates, unfilledPlaceholders } from '../../core/review/send-blockers.js';
import { checkTransition, type PacketState } from '../../core/review/transitions.js';
import {
  DRAFT_NAMES,
  type DraftName,
  type DraftView,
  type FollowUp,
  type GateView,
  type PacketView,
} from '../../core/review/views.js';
import { appendAudit, type Db } from './audit.js';
import type { Database } from './database.js';
import { cachedVersion, parsePacket } from './packet-cache.js';
import { requirePacket, toSummary } from './packets.js';

export { DRAFT_NAMES, type DraftName, type DraftView, type FollowUp, type GateView, type PacketView };

const STATE_COLUMN = {
  in_review: 'in_review_at',
  changes_requested: 'changes_requested_at',
  approved: 'approved_at',
  resolved: 'resolved_at',
  de_escalated: 'de_escalated_at',
} as const;

function originalDraft(packet: Packet | null, draft: DraftName): string {
  if (!packet) return '';
  return draft === 'customerUpdate' ? packet.drafts.customerUpdate.text : packet.drafts[draft];
}

async function readGates(db: Db, packetId: string, version: number): Promise<GateView[]> {
  const rows = await db
    .selectFrom('gate_decisions')
    .selectAll()
    .where('packet_id', '=', packetId)
    .where('version', '=', version)
    .orderBy('gate_id')
    .execute();
  return rows.map((row) => ({
    id: row.gate_id,
    kind: row.kind,
    subject: row.subject,
    state: row.state as GateView['state'],
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    comment: row.comment,
  }));
}

async function readPacketJson(db: Db, packetId: string, version: number) {
  // A prepared version never changes, so one seen before is not read again.
  const cached = cachedVersion(packetId, version);
  if (cached) return { ...cached, error: null };
  const row = await db
    .selectFrom('packet_versions')
    .select(['packet_json', 'markdown', 'error'])
    .where('packet_id', '=', packetId)
    .where('version', '=', version)
    .executeTakeFirst();
  return {
    packet: row?.packet_json ? parsePacket(packetId, version, row.packet_json, row.markdown) : null,
    markdown: row?.markdown ?? null,
    error: row?.error ?? null,
  };
}

async function latestDraft(
  db: Db,
  packetId: string,
  version: number,
  draft: DraftName,
  packet: Packet | null,
) {
  return (await latestDrafts(db, packetId, version, packet))[draft];
}

/** Each draft's newest edit, or the prepared text when nobody has edited it. */
async function latestDrafts(
  db: Db,
  packetId: string,
  version: number,
  packet: Packet | null,
): Promise<Record<DraftName, DraftView>> {
  const edits = await db
    .selectFrom('draft_edits')
    .selectAll()
    .where('packet_id', '=', packetId)
    .where('version', '=', version)
    .orderBy('revision', 'asc')
    .execute();
  const drafts = {} as Record<DraftName, DraftView>;
  for (const name of DRAFT_NAMES) {
    drafts[name] = { text: originalDraft(packet, name), revision: 0, author: null, at: null };
  }
  for (const edit of edits) {
    const name = edit.draft as DraftName;
    if (!DRAFT_NAMES.includes(name)) continue;
    drafts[name] = {
      text: edit.text,
      revision: Number(edit.revision),
      author: edit.author,
      at: edit.created_at,
    };
  }
  return drafts;
}

/** Everything a reviewer sees for one packet (the newest version unless one is named). */
export async function getPacketView(db: Db, packetId: string, version?: number): Promise<PacketView> {
  const row = await requirePacket(db, packetId);
  const v = version ?? Number(row.version);
  const { packet, markdown, error } = await readPacketJson(db, packetId, v);
  const drafts = await latestDrafts(db, packetId, v, packet);
  const overrides = await db
    .selectFrom('overrides')
    .selectAll()
    .where('packet_id', '=', packetId)
    .orderBy('id')
    .execute();
  const sent = await db
    .selectFrom('sent_marks')
    .selectAll()
    .where('packet_id', '=', packetId)
    .orderBy('id')
    .execute();
  const inputs = await db
    .selectFrom('packet_inputs')
    .select(['name', 'sha256', 'size'])
    .where('packet_id', '=', packetId)
    .where('version', '=', v)
    .orderBy('name')
    .execute();
  const versions = await db
    .selectFrom('packet_versions')
    .select(['version', 'status', 'created_at', 'prepared_at', 'progress'])
    .where('packet_id', '=', packetId)
    .orderBy('version')
    .execute();
  const shown = versions.find((x) => Number(x.version) === v);
  const running = shown?.status === 'queued' || shown?.status === 'running';
  return {
    ...toSummary(row),
    progress: running ? (shown?.progress ?? null) : null,
    packet,
    markdown,
    error,
    gates: await readGates(db, packetId, v),
    drafts,
    overrides: overrides.map((o) => ({
      field: o.field,
      original: o.original,
      value: o.value,
      reason: o.reason,
      by: o.by_user,
      at: o.at,
    })),
    sent: sent.map((s) => ({ draft: s.draft, text: s.text, by: s.by_user, at: s.at })),
    inputs: inputs.map((i) => ({ name: i.name, sha256: i.sha256, size: Number(i.size) })),
    versions: versions.map((x) => ({
      version: Number(x.version),
      status: x.status,
      createdAt: x.created_at,
      preparedAt: x.prepared_at,
    })),
    closingReason: row.closing_reason,
    toldBy: row.told_by,
  };
}

export async function transitionPacket(
  db: Kysely<Database>,
  input: {
    packetId: string;
    to: PacketState;
    reason?: string | undefined;
    toldBy?: string | undefined;
    actor: string;
  },
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await requirePacket(trx, input.packetId);
    const gates = await readGates(trx, row.id, Number(row.version));
    const check = checkTransition({
      from: row.state as PacketState,
      to: input.to,
      reason: input.reason,
      toldBy: input.toldBy,
      pendingGates: gates.filter((g) => g.state === 'pending').length,
    });
    if (!check.ok) throw new SpineError('SPINE_ERR_CONFLICT', check.reason);
    if (input.to === 'in_review' && row.job_status !== 'ready') {
      throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    }
    const closing = input.to === 'resolved' || input.to === 'de_escalated';
    await trx
      .updateTable('packets')
      .set({
        state: input.to,
        updated_at: now,
        ...(input.to === 'prepared' ? {} : { [STATE_COLUMN[input.to]]: now }),
        ...(closing ? { closing_reason: input.reason ?? null, told_by: input.toldBy ?? null } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(
      trx,
      auditEvent('packet.transitioned', input.actor, row.id, {
        before: row.state,
        after: input.to,
        reason: input.reason ?? null,
        toldBy: input.toldBy ?? null,
      }),
      now,
    );
  });
}

export async function editDraft(
  db: Kysely<Database>,
  input: { packetId: string; draft: DraftName; text: string; actor: string },
  now: string,
): Promise<DraftView> {
  return db.transaction().execute(async (trx) => {
    const row = await requirePacket(trx, input.packetId);
    if (row.job_status !== 'ready')
      throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    const version = Number(row.version);
    const { packet } = await readPacketJson(trx, row.id, version);
    const before = await latestDraft(trx, row.id, version, input.draft, packet);
    const revision = before.revision + 1;
    await trx
      .insertInto('draft_edits')
      .values({
        packet_id: row.id,
        version,
        draft: input.draft,
        revision,
        text: input.text,
        author: input.actor,
        created_at: now,
      })
      .execute();
    await trx.updateTable('packets').set({ updated_at: now }).where('id', '=', row.id).execute();
    await appendAudit(
      trx,
      auditEvent('draft.edited', input.actor, row.id, {
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

export async function draftHistory(db: Db, packetId: string, draft: DraftName) {
  await requirePacket(db, packetId);
  const rows = await db
    .selectFrom('draft_edits')
    .selectAll()
    .where('packet_id', '=', packetId)
    .where('draft', '=', draft)
    .orderBy('version')
    .orderBy('revision')
    .execute();
  return rows.map((r) => ({
    version: Number(r.version),
    revision: Number(r.revision),
    text: r.text,
    author: r.author,
    at: r.created_at,
  }));
}

export async function decideGate(
  db: Kysely<Database>,
  input: {
    packetId: string;
    gateId: string;
    decision: 'approved' | 'rejected';
    comment?: string | undefined;
    actor: string;
    mayDecide: (kind: string) => boolean;
  },
  now: string,
): Promise<GateView> {
  return db.transaction().execute(async (trx) => {
    const row = await requirePacket(trx, input.packetId);
    if (row.state === 'resolved' || row.state === 'de_escalated') {
      throw new SpineError('SPINE_ERR_CONFLICT', `packet ${row.id} is ${row.state}`);
    }
    const version = Number(row.version);
    const gate = (await readGates(trx, row.id, version)).find((g) => g.id === input.gateId);
    if (!gate) throw new SpineError('SPINE_ERR_NOT_FOUND', `gate ${input.gateId} on packet ${row.id}`);
    if (!input.mayDecide(gate.kind)) {
      throw new SpineError(
        'SPINE_ERR_FORBIDDEN',
        `the policy does not let your role decide ${gate.kind} gates`,
      );
    }
    await trx
      .updateTable('gate_decisions')
      .set({
        state: input.decision,
        decided_by: input.actor,
        decided_at: now,
        comment: input.comment ?? null,
      })
      .where('packet_id', '=', row.id)
      .where('version', '=', version)
      .where('gate_id', '=', gate.id)
      .execute();
    await trx.updateTable('packets').set({ updated_at: now }).where('id', '=', row.id).execute();
    await appendAudit(
      trx,
      auditEvent(input.decision === 'approved' ? 'gate.approved' : 'gate.rejected', input.actor, row.id, {
        gate: gate.id,
        before: gate.state,
        after: input.decision,
        comment: input.comment ?? null,
      }),
      now,
    );
    return {
      ...gate,
      state: input.decision,
      decidedBy: input.actor,
      decidedAt: now,
      comment: input.comment ?? null,
    };
  });
}

/** Overrides the suggested severity or primary routing; the original suggestion is kept. */
export async function overrideDecision(
  db: Kysely<Database>,
  input: { packetId: string; field: 'severity' | 'routing'; value: string; reason: string; actor: string },
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await requirePacket(trx, input.packetId);
    const version = Number(row.version);
    const { packet } = await readPacketJson(trx, row.id, version);
    if (!packet) throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    const suggested =
      input.field === 'severity'
        ? (packet.decision.severity?.level ?? 'none')
        : (packet.decision.targets[0]?.team ?? 'none');
    const current = input.field === 'severity' ? (row.severity ?? 'none') : (row.primary_target ?? 'none');
    await trx
      .insertInto('overrides')
      .values({
        packet_id: row.id,
        version,
        field: input.field,
        original: suggested,
        value: input.value,
        reason: input.reason,
        by_user: input.actor,
        at: now,
      })
      .execute();
    await trx
      .updateTable('packets')
      .set(
        input.field === 'severity'
          ? { severity: input.value, updated_at: now }
          : { primary_target: input.value, updated_at: now },
      )
      .where('id', '=', row.id)
      .execute();
    await appendAudit(
      trx,
      auditEvent('decision.overridden', input.actor, row.id, {
        field: input.field,
        before: current,
        after: input.value,
        reason: input.reason,
      }),
      now,
    );
  });
}

/**
 * Records that a person sent the approved customer update themselves. Refused while the send gate
 * or any gate behind a placeholder in the text is not approved, or a placeholder is left unfilled.
 */
export async function markSent(
  db: Kysely<Database>,
  input: { packetId: string; actor: string },
  now: string,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await requirePacket(trx, input.packetId);
    const version = Number(row.version);
    const { packet } = await readPacketJson(trx, row.id, version);
    if (!packet) throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    const gates = await readGates(trx, row.id, version);
    const draft = await latestDraft(trx, row.id, version, 'customerUpdate', packet);
    const placeholders = packet.drafts.customerUpdate.placeholders.filter((p) =>
      draft.text.includes(p.token),
    );
    const blocking = blockingGates(gates, placeholders, draft.text);
    if (blocking.length > 0) {
      throw new SpineError('SPINE_ERR_GATES_PENDING', blocking.map((g) => `${g.id} (${g.state})`).join(', '));
    }
    if (placeholders.some((p) => gates.every((g) => g.id !== p.gate))) {
      throw new SpineError('SPINE_ERR_GATES_PENDING', 'a placeholder has no gate to approve it');
    }
    // An approved gate approves the value; a person still has to write it in place of the token.
    const unfilled = unfilledPlaceholders(draft.text);
    if (unfilled.length > 0) {
      throw new SpineError(
        'SPINE_ERR_CONFLICT',
        `replace ${unfilled.join(', ')} in the customer update with the approved wording before marking it as sent`,
      );
    }
    await trx
      .insertInto('sent_marks')
      .values({
        packet_id: row.id,
        version,
        draft: 'customerUpdate',
        text: draft.text,
        by_user: input.actor,
        at: now,
      })
      .execute();
    // The customer cadence restarts from the update that was just sent.
    const cadence = packet.decision.cadence?.customer;
    await trx
      .updateTable('packets')
      .set({
        updated_at: now,
        next_customer_due: cadence ? addDuration(now, cadence) : row.next_customer_due,
      })
      .where('id', '=', row.id)
      .execute();
    await appendAudit(
      trx,
      auditEvent('packet.marked_sent', input.actor, row.id, {
        draft: 'customerUpdate',
        version,
        text: draft.text,
      }),
      now,
    );
  });
}

/** Open packets whose next internal or customer update is due before `until` (overdue ones first). */
export async function dueFollowUps(db: Db, now: string, until: string): Promise<FollowUp[]> {
  const rows = await db
    .selectFrom('packets')
    .selectAll()
    .where('state', 'in', ['prepared', 'in_review', 'changes_requested', 'approved'])
    .execute();
  const items: FollowUp[] = [];
  for (const row of rows) {
    for (const [kind, due] of [
      ['internal', row.next_internal_due],
      ['customer', row.next_customer_due],
    ] as const) {
      if (due && due <= until)
        items.push({ packetId: row.id, title: row.title, kind, due, overdue: due < now });
    }
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.packetId.localeCompare(b.packetId));
}
