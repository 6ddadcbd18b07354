/**
 * @module Overriding the suggested severity or primary routing with a level or team the policy
 * defines; the original suggestion is kept. A new severity re-derives respond-by and follow-up
 * due times from the policy, on the same clock as preparing (see core/review/due-times.ts).
 */
import { SpineError } from '../../core/errors.js';
import type { Policy } from '../../core/policy/policy-schema.js';
import { auditEvent } from '../../core/review/audit-events.js';
import { checkOverride } from '../../core/review/check-override.js';
import { dueTimesAtLevel } from '../../core/review/due-times.js';
import type { ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export interface OverrideInput {
  readonly packetId: string;
  readonly field: 'severity' | 'routing';
  readonly value: string;
  readonly reason: string;
  readonly actor: string;
}

export async function overrideDecision(
  store: ReviewStore,
  policy: Policy,
  input: OverrideInput,
  now: string,
): Promise<void> {
  const severity = input.field === 'severity';
  const check = checkOverride(policy, input.field, input.value);
  if (!check.ok) {
    const what = severity ? 'a severity level' : 'a team';
    throw new SpineError(
      'SPINE_ERR_INVALID_ARGUMENT',
      `value: not ${what} of policy "${policy.name}"; use one of ${check.allowed.join(', ')}`,
    );
  }
  const value = check.value;
  await store.transaction(async (tx) => {
    const record = await requirePacket(tx, input.packetId, { lock: true });
    const packet = (await tx.readVersion(record.id, record.version))?.packet;
    if (!packet) throw new SpineError('SPINE_ERR_CONFLICT', 'the packet is not prepared yet');
    const suggested = severity
      ? (packet.decision.severity?.level ?? 'none')
      : (packet.decision.targets[0]?.team ?? 'none');
    const current = severity ? (record.severity ?? 'none') : (record.primaryTarget ?? 'none');
    await tx.addOverride(record.id, record.version, {
      field: input.field,
      original: suggested,
      value,
      reason: input.reason,
      by: input.actor,
      at: now,
    });
    if (severity) {
      const lastSent = (await tx.readSentMarks(record.id)).at(-1)?.at ?? null;
      await tx.updatePacket(record.id, {
        updatedAt: now,
        severity: value,
        ...dueTimesAtLevel(policy, packet, value, lastSent),
      });
    } else {
      await tx.updatePacket(record.id, { updatedAt: now, primaryTarget: value });
    }
    await tx.appendAudit(
      auditEvent('decision.overridden', input.actor, record.id, {
        field: input.field,
        before: current,
        after: value,
        reason: input.reason,
      }),
      now,
    );
  });
}
