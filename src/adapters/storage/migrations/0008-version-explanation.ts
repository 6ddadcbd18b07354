/**
 * @module Migration 0008: what extraction knew besides the packet (the signals the policy read and
 * the trace of each), kept beside the prepared version so the review page can say why each was set.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  // null for versions prepared before this migration: the page then shows fact traces only
  await db.schema.alterTable('packet_versions').addColumn('explanation_json', 'text').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('packet_versions').dropColumn('explanation_json').execute();
}
