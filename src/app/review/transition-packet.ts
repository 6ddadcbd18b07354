/** @module Moving a packet through its review states, by the one transition table. */
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { checkTransition, type PacketState } from '../../core/review/transitions.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export interface TransitionInput {
  readonly packetId: string;
  readonly to: PacketState;
  readonly reason?: string | undefined;
  readonly toldBy?: string | undefined;
  readonly actor: string;
}

export async function transitionPacket(
  store: ReviewStore,
  input: TransitionInput,
  now: string,
): Promise<void> {
  await store.transaction(async (tx) => {
    const packet = await requirePacket(tx, input.packetId, { lock: true });
    const gates = await tx.readGates(packet.id, packet.version);
    const check = checkTransition({
      from: packet.state,
      to: input.to,
      reason: input.reason,
      toldBy: input.toldBy,
      pendingGates: gates.filter((g) => g.state === 'pending').length,
    });
    if (!check.ok) throw new SpineError(check.code, check.reason);
    if (input.to === 'in_review' && packet.jobStatus !== 'ready') {
      throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    }
    const closing = input.to === 'resolved' || input.to === 'de_escalated';
    await tx.updatePacket(packet.id, {
      updatedAt: now,
      state: input.to,
      enteredAt: now,
      ...(closing ? { closingReason: input.reason ?? null, toldBy: input.toldBy ?? null } : {}),
    });
    await tx.appendAudit(
      auditEvent('packet.transitioned', input.actor, packet.id, {
        before: packet.state,
        after: input.to,
        reason: input.reason ?? null,
        toldBy: input.toldBy ?? null,
      }),
      now,
    );
  });
}
