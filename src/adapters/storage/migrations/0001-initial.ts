/** @module Migration 0001: the review store's first schema. Frozen: never edit, add a new migration. */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations are frozen in time and never import app types
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const serial = postgres ? 'serial' : 'integer';
  const bytes = postgres ? 'bytea' : 'blob';
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const autoId = (col: any) => (postgres ? col.primaryKey() : col.primaryKey().autoIncrement());

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('bytes', sql.raw(bytes), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('packets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('account', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('job_status', 'text', (c) => c.notNull())
    .addColumn('severity', 'text')
    .addColumn('escalate', 'integer')
    .addColumn('primary_target', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('in_review_at', 'text')
    .addColumn('changes_requested_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('de_escalated_at', 'text')
    .addColumn('closing_reason', 'text')
    .addColumn('told_by', 'text')
    .addColumn('next_internal_due', 'text')
    .addColumn('next_customer_due', 'text')
    .execute();

  await db.schema
    .createTable('packet_versions')
    .addColumn('packet_id', 'text', (c) => c.notNull().references('packets.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('packet_json', 'text')
    .addColumn('markdown', 'text')
    .addColumn('error', 'text')
    .addColumn('as_of', 'text')
    .addColumn('policy_sha256', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('prepared_at', 'text')
    .addPrimaryKeyConstraint('packet_versions_pk', ['packet_id', 'version'])
    .execute();

  await db.schema
    .createTable('packet_inputs')
    .addColumn('packet_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull().references('blobs.sha256'))
    .addColumn('size', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('packet_inputs_pk', ['packet_id', 'version', 'name'])
    .execute();

  await db.schema
    .createTable('draft_edits')
    .addColumn('id', sql.raw(serial), autoId)
    .addColumn('packet_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('draft_edits_revision', ['packet_id', 'version', 'draft', 'revision'])
    .execute();

  await db.schema
    .createTable('gate_decisions')
    .addColumn('packet_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('gate_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('comment', 'text')
    .addPrimaryKeyConstraint('gate_decisions_pk', ['packet_id', 'version', 'gate_id'])
    .execute();

  await db.schema
    .createTable('overrides')
    .addColumn('id', sql.raw(serial), autoId)
    .addColumn('packet_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('original', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('by_user', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sent_marks')
    .addColumn('id', sql.raw(serial), autoId)
    .addColumn('packet_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('by_user', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', sql.raw(serial), autoId)
    .addColumn('packet_id', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('properties', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema.createIndex('audit_log_packet').on('audit_log').columns(['packet_id', 'id']).execute();
  await db.schema.createIndex('packets_state').on('packets').columns(['state', 'updated_at']).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_log',
    'sent_marks',
    'overrides',
    'gate_decisions',
    'draft_edits',
    'packet_inputs',
    'packet_versions',
    'packets',
    'blobs',
    'api_tokens',
    'sessions',
    'users',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
