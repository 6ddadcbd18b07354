/** @module Migration 0003: what a version's prepare job is doing now ("Running OCR: 1 of 3 screenshots"). */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('packet_versions').addColumn('progress', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('packet_versions').dropColumn('progress').execute();
}
