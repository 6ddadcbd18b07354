/** @module Overriding the suggested severity or primary routing; the original suggestion is kept. */
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export interface OverrideInput {
  readonly packetId: string;
  readonly field: 'severity' | 'routing';
  readonly value: string;
  readonly reason: string;
  readonly actor: string;
}

export async function overrideDecision(store: ReviewStore, input: OverrideInput, now: string): Promise<void> {
  await store.transaction(async (tx) => {
    const record = await requirePacket(tx, input.packetId, { lock: true });
    const packet = (await tx.readVersion(record.id, record.version))?.packet;
    if (!packet) throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    const severity = input.field === 'severity';
    const suggested = severity
      ? (packet.decision.severity?.level ?? 'none')
      : (packet.decision.targets[0]?.team ?? 'none');
    const current = severity ? (record.severity ?? 'none') : (record.primaryTarget ?? 'none');
    await tx.addOverride(record.id, record.version, {
      field: input.field,
      original: suggested,
      value: input.value,
      reason: input.reason,
      by: input.actor,
      at: now,
    });
    await tx.updatePacket(
      record.id,
      severity ? { updatedAt: now, severity: input.value } : { updatedAt: now, primaryTarget: input.value },
    );
    await tx.appendAudit(
      auditEvent('decision.overridden', input.actor, record.id, {
        field: input.field,
        before: current,
        after: input.value,
        reason: input.reason,
      }),
      now,
    );
  });
}
