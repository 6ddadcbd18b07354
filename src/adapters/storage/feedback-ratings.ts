/**
 * @module Handoff ratings from the `feedback` table (migration 0007, the feedback service), read
 * only when the table exists: a store migrated before it answers "no ratings yet" instead of failing.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { HandoffRating } from '../../ports/signals-store.js';
import type { Database } from './database.js';

/** The columns read here; the feedback service owns the table and its other columns. */
interface FeedbackColumns {
  packet_id: string;
  kind: string;
  rating: string | null;
  created_at: string;
}

const RATINGS: readonly HandoffRating[] = ['knew-first-move', 'had-to-ask'];

const known = new WeakMap<Kysely<Database>, Promise<boolean>>();

/**
 * Whether this store has the feedback table, asked once per connection pool (tables appear only
 * through migrations, which run before the service starts). On PostgreSQL only the schema in use
 * counts: another store in the same database may have one.
 */
export function hasFeedbackTable(db: Kysely<Database>): Promise<boolean> {
  let answer = known.get(db);
  if (!answer) {
    answer = (async () => {
      const tables = await db.introspection.getTables();
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) {
        return tables.some((table) => table.name === 'feedback');
      }
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
      return tables.some((table) => table.name === 'feedback' && table.schema === rows[0]?.schema);
    })();
    // A failed look (the database was briefly away) is asked again next time.
    answer.catch(() => known.delete(db));
    known.set(db, answer);
  }
  return answer;
}

function feedback(db: Kysely<Database>) {
  return db.withTables<{ feedback: FeedbackColumns }>();
}

/** Handoff ratings by rating, or null while the store has no feedback table. */
export async function countHandoffRatings(
  db: Kysely<Database>,
): Promise<Record<HandoffRating, number> | null> {
  if (!(await hasFeedbackTable(db))) return null;
  const rows = await feedback(db)
    .selectFrom('feedback')
    .select(['rating', sql<string>`count(*)`.as('n')])
    .where('kind', '=', 'handoff')
    .where('rating', 'in', [...RATINGS])
    .groupBy('rating')
    .execute();
  const counts: Record<HandoffRating, number> = { 'knew-first-move': 0, 'had-to-ask': 0 };
  for (const row of rows) counts[row.rating as HandoffRating] = Number(row.n);
  return counts;
}

/** The handoff ratings of packets uploaded at or after `since`, or null without a feedback table. */
export async function handoffRatingsSince(
  db: Kysely<Database>,
  since: string,
): Promise<Array<{ packetId: string; rating: HandoffRating }> | null> {
  if (!(await hasFeedbackTable(db))) return null;
  const rows = await feedback(db)
    .selectFrom('feedback as f')
    .innerJoin('packets as p', 'p.id', 'f.packet_id')
    .select(['f.packet_id', 'f.rating'])
    .where('f.kind', '=', 'handoff')
    .where('f.rating', 'in', [...RATINGS])
    .where('p.created_at', '>=', since)
    .execute();
  return rows.map((row) => ({ packetId: row.packet_id, rating: row.rating as HandoffRating }));
}
