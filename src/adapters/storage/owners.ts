/**
 * @module A packet's owner rows and the people it can be assigned to. The rules (who may be
 * assigned, the audit event) are the assign-owner use case's; this only reads and writes.
 */

import type { Selectable } from 'kysely';
import type { OwnerCandidate, PacketOwner } from '../../core/review/views.js';
import type { Db } from './audit.js';
import type { Database } from './database.js';

/** The packet's owner row, or null (the packet itself is not checked). */
export async function readOwner(db: Db, packetId: string): Promise<PacketOwner | null> {
  const row = await db
    .selectFrom('packet_owners')
    .selectAll()
    .where('packet_id', '=', packetId)
    .executeTakeFirst();
  return row ? toOwner(row) : null;
}

export const toOwner = (row: Selectable<Database['packet_owners']>): PacketOwner => ({
  userId: row.user_id,
  name: row.name,
  assignedBy: row.assigned_by,
  assignedAt: row.assigned_at,
});

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

/** Sets (or replaces) the packet's owner row. */
export async function writeOwner(db: Db, packetId: string, owner: PacketOwner): Promise<void> {
  const row = {
    user_id: owner.userId,
    name: owner.name,
    assigned_by: owner.assignedBy,
    assigned_at: owner.assignedAt,
  };
  await db
    .insertInto('packet_owners')
    .values({ packet_id: packetId, ...row })
    .onConflict((oc) => oc.column('packet_id').doUpdateSet(row))
    .execute();
}
