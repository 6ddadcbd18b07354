/** @module Appending to and reading the audit log: the one way every change is recorded. */
import type { Kysely, Transaction } from 'kysely';
import type { AuditEvent, AuditEventName } from '../../core/review/audit-events.js';
import type { AuditRecord } from '../../ports/review-store.js';
import type { Database } from './database.js';

export type Db = Kysely<Database> | Transaction<Database>;

/** Appends one event; call it inside the same transaction as the change it records. */
export async function appendAudit(db: Db, event: AuditEvent, at: string): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      packet_id: event.packetId,
      actor: event.actor,
      name: event.name,
      properties: JSON.stringify(event.properties),
      at,
    })
    .execute();
}

export async function readAudit(
  db: Db,
  filter: { packetId?: string; limit?: number },
): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'asc');
  if (filter.packetId) query = query.where('packet_id', '=', filter.packetId);
  if (filter.limit) query = query.limit(filter.limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: Number(row.id),
    packetId: row.packet_id,
    actor: row.actor,
    name: row.name as AuditEventName,
    properties: JSON.parse(row.properties) as unknown,
    at: row.at,
  }));
}
