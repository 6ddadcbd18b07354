/**
 * @module Migration 0008: when a version's prepare job started (so prepare duration excludes time
 * spent queued), and indexes that let signals count versions by status and time, audit events by
 * name, packets by upload time, and find a packet's first sent update.
 * Frozen: never edit, add a new migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('packet_versions').addColumn('started_at', 'text').execute();
  // Covering: signals count versions by status and read their times without touching the rows,
  // whose packet JSON (tens of KB each) would otherwise be read past on every scrape.
  await db.schema
    .createIndex('packet_versions_status_times')
    .on('packet_versions')
    .columns(['status', 'packet_id', 'started_at', 'prepared_at'])
    .execute();
  await db.schema.createIndex('audit_log_name_at').on('audit_log').columns(['name', 'at']).execute();
  await db.schema.createIndex('packets_created_at').on('packets').column('created_at').execute();
  await db.schema.createIndex('sent_marks_packet').on('sent_marks').columns(['packet_id', 'at']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('sent_marks_packet').execute();
  await db.schema.dropIndex('packets_created_at').execute();
  await db.schema.dropIndex('audit_log_name_at').execute();
  await db.schema.dropIndex('packet_versions_status_times').execute();
  await db.schema.alterTable('packet_versions').dropColumn('started_at').execute();
}
