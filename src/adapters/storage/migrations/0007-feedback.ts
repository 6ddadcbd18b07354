/**
 * @module Migration 0007: feedback on packets — a receiver's rating of the handoff and a reviewer's
 * correction of a fact, one row each, never updated. Other readers (metrics) query these columns
 * by name. Frozen: never edit, add a new migration.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable('feedback')
    .addColumn('id', sql.raw(postgres ? 'serial' : 'integer'), (c) =>
      postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('packet_id', 'text', (c) => c.notNull().references('packets.id'))
    .addColumn('packet_version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('handoff', 'fact')`))
    .addColumn('rating', 'text', (c) => c.check(sql`rating in ('knew-first-move', 'had-to-ask')`))
    .addColumn('field', 'text')
    // JSON of the right value (null: there is none)
    .addColumn('value', 'text')
    .addColumn('note', 'text')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('feedback_packet').on('feedback').columns(['packet_id', 'id']).execute();
  await db.schema.createIndex('feedback_created_at').on('feedback').column('created_at').execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see above
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('feedback').execute();
}
