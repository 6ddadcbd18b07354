/** @module Approving or rejecting one gate, by a role the policy names for its kind. */
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { checkGateChange } from '../../core/review/transitions.js';
import type { GateView } from '../../core/review/views.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export interface DecideGateInput {
  readonly packetId: string;
  readonly gateId: string;
  readonly decision: 'approved' | 'rejected';
  readonly comment?: string | undefined;
  readonly actor: string;
  readonly mayDecide: (kind: string) => boolean;
}

export async function decideGate(store: ReviewStore, input: DecideGateInput, now: string): Promise<GateView> {
  return store.transaction(async (tx) => {
    const packet = await requirePacket(tx, input.packetId, { lock: true });
    const open = checkGateChange(packet.state);
    if (!open.ok) throw new SpineError(open.code, `packet ${packet.id}: ${open.reason}`);
    const gate = (await tx.readGates(packet.id, packet.version)).find((g) => g.id === input.gateId);
    if (!gate) throw new SpineError('SPINE_ERR_NOT_FOUND', `gate ${input.gateId} on packet ${packet.id}`);
    if (!input.mayDecide(gate.kind)) {
      throw new SpineError(
        'SPINE_ERR_FORBIDDEN',
        `the policy does not let your role decide ${gate.kind} gates`,
      );
    }
    // A rejection sends the work back: whoever picks it up needs to know why.
    if (input.decision === 'rejected' && !input.comment?.trim()) {
      throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `comment: say why ${gate.id} is rejected`);
    }
    const decided = { state: input.decision, by: input.actor, at: now, comment: input.comment ?? null };
    await tx.setGate(packet.id, packet.version, gate.id, decided);
    await tx.updatePacket(packet.id, { updatedAt: now });
    await tx.appendAudit(
      auditEvent(input.decision === 'approved' ? 'gate.approved' : 'gate.rejected', input.actor, packet.id, {
        gate: gate.id,
        before: gate.state,
        after: input.decision,
        comment: decided.comment,
      }),
      now,
    );
    return {
      ...gate,
      state: input.decision,
      decidedBy: input.actor,
      decidedAt: now,
      comment: decided.comment,
    };
  });
}
