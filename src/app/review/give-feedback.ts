/**
 * @module Feedback on a prepared packet, each recorded with its audit event in one transaction: the
 * receiver rates the handoff (knew the first move / had to ask, and what was missing), and any
 * reviewer corrects a fact with its right value. Both are about the packet's current version.
 */
import { SpineError } from '../../core/errors.js';
import type { Packet } from '../../core/model/packet.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { checkFactCorrection, type FactField } from '../../core/review/check-fact-correction.js';
import type { FactValue, FeedbackView, HandoffRating } from '../../core/review/feedback.js';
import type { PacketRecord, ReviewStore, ReviewWriter } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export interface RateHandoffInput {
  readonly packetId: string;
  readonly rating: HandoffRating;
  /** what was missing, in the receiver's words */
  readonly note?: string | undefined;
  readonly actor: string;
}

export interface CorrectFactInput {
  readonly packetId: string;
  /** e.g. `facts.account`, `facts.affected.users`, `facts.errors[2]` */
  readonly field: string;
  readonly value: FactValue;
  readonly note?: string | undefined;
  readonly actor: string;
}

const noteOf = (note: string | undefined) => (note?.trim() ? note.trim() : null);

async function preparedPacket(
  tx: ReviewWriter,
  packetId: string,
): Promise<{ record: PacketRecord; packet: Packet }> {
  const record = await requirePacket(tx, packetId, { lock: true });
  const packet = (await tx.readVersion(record.id, record.version))?.packet;
  if (!packet) throw new SpineError('SPINE_ERR_CONFLICT', `packet ${record.id} is not prepared yet`);
  return { record, packet };
}

export async function rateHandoff(
  store: ReviewStore,
  input: RateHandoffInput,
  now: string,
): Promise<FeedbackView> {
  return store.transaction(async (tx) => {
    const { record } = await preparedPacket(tx, input.packetId);
    const note = noteOf(input.note);
    const saved = await tx.addFeedback(record.id, {
      version: record.version,
      kind: 'handoff',
      rating: input.rating,
      field: null,
      value: null,
      note,
      actor: input.actor,
      at: now,
    });
    await tx.appendAudit(
      auditEvent('handoff.rated', input.actor, record.id, {
        version: record.version,
        rating: input.rating,
        note,
      }),
      now,
    );
    return saved;
  });
}

/** The value the packet (with earlier corrections on this version) holds at `field` now. */
function currentValue(packet: Packet, field: FactField, earlier: readonly FeedbackView[]): unknown {
  const corrected = earlier.filter((f) => f.field === field.path).at(-1);
  if (corrected) return corrected.value;
  const { facts } = packet;
  if (field.kind === 'item') {
    const item = facts[field.list][field.index];
    if (!item) return null;
    return 'action' in item ? `${item.action}${item.result ? ` — ${item.result}` : ''}` : item.value;
  }
  const path = field.path;
  switch (path) {
    case 'facts.account':
      return facts.account?.value ?? null;
    case 'facts.startedAt':
      return facts.startedAt?.value ?? null;
    case 'facts.affected.users':
      return facts.affected.users?.value ?? null;
    case 'facts.affected.accounts':
      return facts.affected.accounts?.value ?? null;
    case 'facts.workaround.exists':
      return facts.workaround.exists;
    case 'facts.workaround.partial':
      return facts.workaround.partial;
    default:
      return assertUnreachable(path);
  }
}

export async function correctFact(
  store: ReviewStore,
  input: CorrectFactInput,
  now: string,
): Promise<FeedbackView> {
  return store.transaction(async (tx) => {
    const { record, packet } = await preparedPacket(tx, input.packetId);
    const earlier = (await tx.readFeedback(record.id)).filter(
      (f) => f.kind === 'fact' && f.version === record.version && f.field !== null,
    );
    const check = checkFactCorrection(
      packet,
      earlier.map((f) => ({ field: f.field ?? '', value: f.value })),
      input.field.trim(),
      input.value,
    );
    if (!check.ok) throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', check.reason);
    const note = noteOf(input.note);
    const before = currentValue(packet, check.field, earlier);
    const saved = await tx.addFeedback(record.id, {
      version: record.version,
      kind: 'fact',
      rating: null,
      field: check.field.path,
      value: check.value,
      note,
      actor: input.actor,
      at: now,
    });
    await tx.appendAudit(
      auditEvent('fact.corrected', input.actor, record.id, {
        version: record.version,
        field: check.field.path,
        before,
        after: check.value,
        note,
      }),
      now,
    );
    return saved;
  });
}

/** Every rating and correction on the packet, oldest first (404 for an unknown packet). */
export async function packetFeedback(store: ReviewStore, packetId: string): Promise<FeedbackView[]> {
  await requirePacket(store, packetId);
  return store.readFeedback(packetId);
}

function assertUnreachable(value: never): never {
  throw new Error(`unexpected fact field ${String(value)}`);
}
