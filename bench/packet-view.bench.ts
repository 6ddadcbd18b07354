/**
 * @module The full-packet read's store work on PostgreSQL, in-process: the piecewise read (up to
 * eleven queries in three waits) against the one-statement read, in alternating blocks so both
 * see the same machine load. Ten reads in flight (as the API bench's ten connections), over a pool
 * of ten connections (as `spine serve`). Two kinds of read: the tag alone (what a repeated team
 * read or a conditional GET needs) and the whole view (a first read, or a customer-safe role).
 */
import { createDb, migrateToLatest } from '../src/adapters/storage/create-db.js';
import { kyselyReviewStore } from '../src/adapters/storage/kysely-review-store.js';
import { completePreparation } from '../src/adapters/storage/packets.js';
import { readPacketView } from '../src/app/review/get-packet-view.js';
import type { ReviewReader } from '../src/ports/review-store.js';
import { freshStore } from '../test/helpers/dialects.js';
import { makeReviewPacket } from '../test/helpers/make-review-packet.js';
import { storePacket } from '../test/helpers/store-packet.js';
import type { BenchRow } from './run.js';

const IN_FLIGHT = 10;
const BLOCK = 500;
const BLOCKS = 6;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** `count` reads, `IN_FLIGHT` at a time; each read's wall time in ms, and the block's. */
async function block(read: () => Promise<unknown>, count: number): Promise<{ times: number[]; ms: number }> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next++ < count) {
        const t = performance.now();
        await read();
        times.push(performance.now() - t);
      }
    }),
  );
  return { times, ms: performance.now() - started };
}

export default async function run(): Promise<BenchRow[]> {
  const store = await freshStore('postgres');
  const db = createDb({ ...store.config, ...(store.config.kind === 'postgres' ? { poolSize: 10 } : {}) });
  try {
    const migrated = await migrateToLatest(db, store.config);
    if (migrated.error) throw migrated.error;
    const now = new Date().toISOString();
    const { id } = await storePacket(
      db,
      { title: 'bench', files: [{ name: 'a.md', bytes: new TextEncoder().encode('a') }], actor: 'bench' },
      now,
    );
    await completePreparation(
      db,
      { packetId: id, version: 1, packet: makeReviewPacket(), markdown: '# bench', actor: 'bench' },
      now,
    );
    const oneStatement = kyselyReviewStore(db);
    const { readPacketViewState: _, ...rest } = oneStatement;
    const paths: Array<[string, ReviewReader]> = [
      ['piecewise', rest as ReviewReader],
      ['one statement', oneStatement],
    ];
    const kinds = [
      ['tag alone', { audience: 'team', isCurrent: () => true }],
      ['whole view', { audience: 'team' }],
    ] as const;
    const rows: BenchRow[] = [];
    for (const [kind, options] of kinds) {
      const times = new Map<string, number[]>(paths.map(([name]) => [name, []]));
      const wall = new Map<string, number>(paths.map(([name]) => [name, 0]));
      for (const [, reader] of paths) await block(() => readPacketView(reader, id, options), 200); // warm up
      for (let b = 0; b < BLOCKS; b++) {
        for (const [name, reader] of b % 2 === 0 ? paths : [...paths].reverse()) {
          const result = await block(() => readPacketView(reader, id, options), BLOCK);
          times.get(name)?.push(...result.times);
          wall.set(name, (wall.get(name) ?? 0) + result.ms);
        }
      }
      for (const [name] of paths) {
        const sorted = (times.get(name) ?? []).sort((a, b) => a - b);
        const rate = (sorted.length / (wall.get(name) ?? 1)) * 1000;
        rows.push({
          name: `${kind}, ${name}, postgres`,
          ms: percentile(sorted, 99),
          note: `p99; p50 ${percentile(sorted, 50).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms, ${rate.toFixed(0)} reads/s (${sorted.length} reads, ${IN_FLIGHT} in flight)`,
        });
      }
    }
    return rows;
  } finally {
    await db.destroy();
    await store.cleanup();
  }
}
