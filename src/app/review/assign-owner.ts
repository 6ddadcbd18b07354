/**
 * @module A packet's owner: who it is with the people it could be, and assigning it — to an account
 * (by id) or to a named owner without one (a team, a shift), audited in the same transaction.
 */
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import type { OwnerCandidate, PacketOwner } from '../../core/review/views.js';
import type { ReviewReader, ReviewStore } from '../../ports/review-store.js';
import { requirePacket } from './require-packet.js';

export async function getOwner(
  store: ReviewReader,
  packetId: string,
): Promise<{ owner: PacketOwner | null; candidates: OwnerCandidate[] }> {
  await requirePacket(store, packetId);
  const [owner, candidates] = await Promise.all([store.readOwner(packetId), store.listOwnerCandidates()]);
  return { owner, candidates };
}

export interface AssignOwnerInput {
  readonly packetId: string;
  readonly userId?: string | undefined;
  readonly name?: string | undefined;
  readonly actor: string;
}

export async function assignOwner(
  store: ReviewStore,
  input: AssignOwnerInput,
  now: string,
): Promise<PacketOwner> {
  return store.transaction(async (tx) => {
    await requirePacket(tx, input.packetId, { lock: true });
    let chosen: { userId: string | null; name: string };
    if (input.userId) {
      const user = (await tx.listOwnerCandidates()).find((candidate) => candidate.id === input.userId);
      if (!user) throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `userId: no user ${input.userId}`);
      chosen = { userId: user.id, name: user.name };
    } else if (input.name) {
      chosen = { userId: null, name: input.name };
    } else {
      throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', 'owner: give a userId or a name');
    }
    const before = await tx.readOwner(input.packetId);
    const owner: PacketOwner = { ...chosen, assignedBy: input.actor, assignedAt: now };
    await tx.setOwner(input.packetId, owner);
    await tx.updatePacket(input.packetId, { updatedAt: now });
    await tx.appendAudit(
      auditEvent('packet.owner_assigned', input.actor, input.packetId, {
        before: before?.name ?? null,
        after: owner.name,
        userId: owner.userId,
      }),
      now,
    );
    return owner;
  });
}
