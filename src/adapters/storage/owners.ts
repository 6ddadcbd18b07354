/**
 * @module A packet's owner: the person (or team) a reviewer assigned, recorded with its audit event
 * in one transaction. The policy's suggested owner stays in the packet; this is who took it.
 */
import type { Kysely } from 'kysely';
import { SpineError } from '../../core/errors.js';
import { auditEvent } from '../../core/review/audit-events.js';
import type { OwnerCandidate, PacketOwner } from '../../core/review/views.js';
import { appendAudit, type Db } from './audit.js';
import type { Database } from './database.js';
import { requirePacket } from './packets.js';

export type { OwnerCandidate, PacketOwner };

/** The packet's owner row, or null (the packet itself is not checked). */
export async function readOwner(db: Db, packetId: string): Promise<PacketOwner | null> {
  const row = await db
    .selectFrom('packet_owners')
    .selectAll()
    .where('packet_id', '=', packetId)
    .executeTakeFirst();
  return row
    ? { userId: row.user_id, name: row.name, assignedBy: row.assigned_by, assignedAt: row.assigned_at }
    : null;
}

export async function getOwner(db: Db, packetId: string): Promise<PacketOwner | null> {
  await requirePacket(db, packetId);
  return readOwner(db, packetId);
}

/** Everyone a packet can be assigned to, by name. */
export async function listOwnerCandidates(db: Db): Promise<OwnerCandidate[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, role: row.role }));
}

/** Assigns the packet to a user (by id) or to a named owner without an account. */
export async function assignOwner(
  db: Kysely<Database>,
  input: { packetId: string; userId?: string | undefined; name?: string | undefined; actor: string },
  now: string,
): Promise<PacketOwner> {
  return db.transaction().execute(async (trx) => {
    await requirePacket(trx, input.packetId);
    let owner: { userId: string | null; name: string };
    if (input.userId) {
      const user = await trx
        .selectFrom('users')
        .select(['id', 'name'])
        .where('id', '=', input.userId)
        .executeTakeFirst();
      if (!user) throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', `userId: no user ${input.userId}`);
      owner = { userId: user.id, name: user.name };
    } else if (input.name) {
      owner = { userId: null, name: input.name };
    } else {
      throw new SpineError('SPINE_ERR_INVALID_ARGUMENT', 'owner: give a userId or a name');
    }
    const before = await trx
      .selectFrom('packet_owners')
      .select(['user_id', 'name'])
      .where('packet_id', '=', input.packetId)
      .executeTakeFirst();
    const row = { user_id: owner.userId, name: owner.name, assigned_by: input.actor, assigned_at: now };
    await trx
      .insertInto('packet_owners')
      .values({ packet_id: input.packetId, ...row })
      .onConflict((oc) => oc.column('packet_id').doUpdateSet(row))
      .execute();
    await trx.updateTable('packets').set({ updated_at: now }).where('id', '=', input.packetId).execute();
    await appendAudit(
      trx,
      auditEvent('packet.owner_assigned', input.actor, input.packetId, {
        before: before?.name ?? null,
        after: owner.name,
        userId: owner.userId,
      }),
      now,
    );
    return { ...owner, assignedBy: input.actor, assignedAt: now };
  });
}
