/** @module Migration 0006: who owns a packet now — a person assigned by a reviewer, beside the policy's suggestion. */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('packet_owners')
    .addColumn('packet_id', 'text', (c) => c.primaryKey().references('packets.id'))
    // null when the owner is named (a team or someone without an account), not a user
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.notNull())
    .addColumn('assigned_at', 'text', (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('packet_owners').execute();
}
