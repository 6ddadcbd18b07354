/**
 * A server killed after storing an upload but before queueing its job leaves the version queued with
 * no job. The next `spine serve` on that PostgreSQL database queues it again, and a worker prepares it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/adapters/storage/create-db.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import { getPacketView } from '../../src/app/review/get-packet-view.js';
import { freshDatabase } from '../helpers/dialects.js';
import { runSpine, type SpineProcess, startSpine } from '../helpers/spine-process.js';
import { storePacket } from '../helpers/store-packet.js';

const processes: SpineProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  await Promise.all(processes.map((p) => p.stop()));
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('spine serve on PostgreSQL', () => {
  it('queues again a stored upload whose job was never queued', async () => {
    const database = await freshDatabase();
    cleanups.push(database.drop);
    const env = { DATABASE_URL: database.url };
    const migrated = await runSpine(['migrate'], { env });
    expect(migrated.code, migrated.output).toBe(0);

    // What the killed server left behind: the upload stored, its version queued, no job.
    const db = createDb({ kind: 'postgres', url: database.url, poolSize: 2 });
    cleanups.push(() => db.destroy());
    const text = 'Dana Reyes  9:14 AM\nCheckout fails with error E_PAY_502 since this morning for 40 users.';
    const { id } = await storePacket(
      db,
      {
        title: 'left behind',
        files: [{ name: 'pasted.txt', bytes: new TextEncoder().encode(text) }],
        actor: 'a',
      },
      new Date().toISOString(),
    );

    processes.push(startSpine(['worker'], env));
    await processes[0]!.waitFor(/waiting for jobs/, 60_000);
    processes.push(startSpine(['serve', '--port', '0'], env));
    await processes[1]!.waitFor(/spine serve: http/, 60_000);

    await processes[0]!.waitFor(new RegExp(`prepared ${id} v1 in`), 60_000);
    const view = await getPacketView(kyselyReviewStore(db), id);
    expect(view.jobStatus).toBe('ready');
    expect(view.packet?.evidence.some((e) => e.text.includes('E_PAY_502'))).toBe(true);
  }, 150_000);
});
