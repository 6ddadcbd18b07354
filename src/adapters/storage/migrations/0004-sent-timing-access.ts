/**
 * @module Migration 0004: when a packet was sent and its respond-by; API token scopes, expiry and
 * revocation; disabled users; failed sign-ins (shared by every instance on one database).
 * Frozen: never edit, add a new migration.
 */
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('packets').addColumn('sent_at', 'text').execute();
  await db.schema.alterTable('packets').addColumn('respond_by', 'text').execute();
  // Tokens made before scopes existed keep reading and reviewing, but no longer administer or mint.
  await db.schema
    .alterTable('api_tokens')
    .addColumn('scopes', 'text', (c) => c.notNull().defaultTo('read review'))
    .execute();
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
  await db.schema.alterTable('api_tokens').addColumn('revoked_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key_at').on('login_failures').columns(['key', 'at']).execute();
  await db.schema.createIndex('login_failures_at').on('login_failures').column('at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_failures').execute();
  await db.schema.alterTable('users').dropColumn('disabled_at').execute();
  for (const column of ['revoked_at', 'expires_at', 'scopes']) {
    await db.schema.alterTable('api_tokens').dropColumn(column).execute();
  }
  await db.schema.alterTable('packets').dropColumn('respond_by').execute();
  await db.schema.alterTable('packets').dropColumn('sent_at').execute();
}
