/**
 * @module Recording that a person sent the approved customer update themselves: `approved → sent`,
 * once. Refused before approval, after it was sent, while the send gate or any gate behind a
 * placeholder in the text is not approved, or while a placeholder is unfilled.
 */
import { SpineError } from '../../core/errors.js';
import { addDuration } from '../../core/policy/duration.js';
import type { Policy } from '../../core/policy/policy-schema.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { dueTimesAtLevel } from '../../core/review/due-times.js';
import { latestDrafts } from '../../core/review/latest-drafts.js';
import { blockingGates, unfilledPlaceholders } from '../../core/review/send-blockers.js';
import { checkTransition } from '../../core/review/transitions.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export async function markSent(
  store: ReviewStore,
  input: { packetId: string; actor: string; policy?: Policy | undefined },
  now: string,
): Promise<void> {
  await store.transaction(async (tx) => {
    const record = await requirePacket(tx, input.packetId, { lock: true });
    // The one state machine: sent only from approved, and only once per version.
    const edge = checkTransition({ from: record.state, to: 'sent' });
    if (!edge.ok) throw new SpineError(edge.code, edge.reason);
    const version = record.version;
    const packet = (await tx.readVersion(record.id, version))?.packet;
    if (!packet) throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    const gates = await tx.readGates(record.id, version);
    const draft = latestDrafts(packet, await tx.readDraftEdits(record.id, version)).customerUpdate;
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
    await tx.addSentMark(record.id, version, {
      draft: 'customerUpdate',
      text: draft.text,
      by: input.actor,
      at: now,
    });
    // The customer cadence restarts from the update just sent, at the current (maybe overridden) level.
    const level = record.severity ?? packet.decision.severity?.level ?? null;
    const due =
      input.policy && level
        ? dueTimesAtLevel(input.policy, packet, level, now).nextCustomerDue
        : packet.decision.cadence
          ? addDuration(now, packet.decision.cadence.customer)
          : null;
    await tx.updatePacket(record.id, {
      updatedAt: now,
      state: 'sent',
      enteredAt: now,
      nextCustomerDue: due ?? record.nextCustomerDue,
    });
    await tx.appendAudit(
      auditEvent('packet.transitioned', input.actor, record.id, {
        before: record.state,
        after: 'sent',
        reason: null,
        toldBy: null,
      }),
      now,
    );
    await tx.appendAudit(
      auditEvent('packet.marked_sent', input.actor, record.id, {
        draft: 'customerUpdate',
        version,
        text: draft.text,
      }),
      now,
    );
  });
}
