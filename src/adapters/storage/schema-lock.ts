/**
 * @module One PostgreSQL advisory lock around every schema change Spine makes at start-up: its own
 * migrations and graphile-worker's install. Processes starting together on one database otherwise
 * interleave them: graphile-worker's migrate is not safe against itself (graphile/worker#496), and
 * Kysely's migrator reads the whole catalog while the other process is renaming tables, failing with
 * errors such as `column "job_count" of relation "job_queues" does not exist`.
 */
import pg from 'pg';

const LOCK_NAME = 'spine:schema-install';

/** Runs `work` while this process holds the database's schema lock; the others wait their turn. */
export async function underSchemaLock<T>(connectionString: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtextextended($1, 0))', [LOCK_NAME]);
    return await work();
  } finally {
    // Ending the session releases the lock, also when the work failed.
    await client.end();
  }
}
