/**
 * @module Which graphile-worker pools are alive, asked of PostgreSQL itself. graphile-worker 0.17
 * frees a dead worker's job lock only after a fixed 4 hours, and offers `forceUnlockWorkers(ids)`
 * for whoever knows a worker is dead. Each Spine worker pool holds a session advisory lock named
 * after its pool id for as long as it lives; PostgreSQL drops that lock the moment the process's
 * connection closes (exit, crash, kill -9). A pool holding jobs whose lock can be taken is dead.
 * Unlike a heartbeat written from the event loop, a long CPU-bound prepare cannot make a live
 * worker look dead.
 */
import pg from 'pg';

/** The advisory lock's first key: 'SPWK', so Spine's liveness locks never meet anyone else's. */
const LIVENESS_CLASS = 0x5350574b;

/** Holds the liveness lock of `poolId` on its own connection until `release` (or the process ends). */
export async function holdLiveness(
  connectionString: string,
  poolId: string,
  onError: (error: Error) => void,
): Promise<{ release(): Promise<void> }> {
  const client = new pg.Client({ connectionString, application_name: `spine-worker ${poolId}` });
  client.on('error', onError);
  await client.connect();
  await client.query('select pg_advisory_lock($1, hashtext($2))', [LIVENESS_CLASS, poolId]);
  return {
    async release() {
      await client.end().catch(() => undefined);
    },
  };
}

/**
 * The ids of pools that hold a job locked longer than `graceSeconds` yet no longer hold their
 * liveness lock. The grace covers a pool that has just started and not yet taken its lock.
 */
export async function findDeadPools(
  client: pg.ClientBase,
  workerSchema: string,
  graceSeconds: number,
): Promise<string[]> {
  const { rows } = await client.query<{ locked_by: string }>(
    `select distinct locked_by from ${pg.escapeIdentifier(workerSchema)}.jobs
     where locked_by is not null and locked_at < now() - make_interval(secs => $1)`,
    [graceSeconds],
  );
  const dead: string[] = [];
  for (const { locked_by: poolId } of rows) {
    const probe = await client.query<{ free: boolean }>(
      'select pg_try_advisory_lock($1, hashtext($2)) as free',
      [LIVENESS_CLASS, poolId],
    );
    if (probe.rows[0]?.free) {
      await client.query('select pg_advisory_unlock($1, hashtext($2))', [LIVENESS_CLASS, poolId]);
      dead.push(poolId);
    }
  }
  return dead;
}
