/**
 * The signals store on SQLite and PostgreSQL with fixed timestamps: durations computed in each
 * dialect's date arithmetic land in the right histogram buckets with the right sums, and packets
 * fall into the ISO week (UTC) they were uploaded in, right at the Monday boundary.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, migrateToLatest } from '../../src/adapters/storage/create-db.js';
import type { Database } from '../../src/adapters/storage/database.js';
import { kyselyReviewStore } from '../../src/adapters/storage/kysely-review-store.js';
import { kyselySignalsStore } from '../../src/adapters/storage/kysely-signals-store.js';
import { completePreparation, markRunning } from '../../src/adapters/storage/packets.js';
import { loadPolicy } from '../../src/app/load-policy.js';
import { decideGate } from '../../src/app/review/decide-gate.js';
import { overrideDecision } from '../../src/app/review/override-decision.js';
import { readMetrics } from '../../src/app/signals/read-metrics.js';
import { readWeeklySignals } from '../../src/app/signals/read-weekly-signals.js';
import type { Policy } from '../../src/core/policy/policy-schema.js';
import type { SignalsStore } from '../../src/ports/signals-store.js';
import { DIALECTS, freshStore, type TestStore } from '../helpers/dialects.js';
import { makeReviewPacket } from '../helpers/make-review-packet.js';
import { storePacket } from '../helpers/store-packet.js';

// The last second of Sunday in 2026-W49, and the first instant of Monday in 2026-W50.
const SUNDAY_LATE = '2026-12-06T23:59:59.000Z';
const MONDAY = '2026-12-07T00:00:00.000Z';
const NOW = '2026-12-09T12:00:00.000Z';
const plus = (iso: string, seconds: number) => new Date(Date.parse(iso) + seconds * 1000).toISOString();

describe.each(DIALECTS)('signals store on %s', (dialect) => {
  let store: TestStore;
  let db: Kysely<Database>;
  let signals: SignalsStore;
  let policy: Policy;

  /** A packet uploaded at `at`, picked up `queued` s later, prepared `runs` s after that. */
  async function prepared(at: string, queued: number, runs: number): Promise<string> {
    const { id } = await storePacket(db, { title: at, files: [], actor: 'support@x' }, at);
    expect(await markRunning(db, id, 1, plus(at, queued))).toBe(true);
    const packet = makeReviewPacket({ asOf: at });
    const markdown = '# packet';
    expect(
      await completePreparation(
        db,
        { packetId: id, version: 1, packet, markdown, actor: 'spine' },
        plus(at, queued + runs),
      ),
    ).toBe(true);
    return id;
  }

  beforeAll(async () => {
    store = await freshStore(dialect, 'metrics_');
    db = createDb(store.config);
    const migrated = await migrateToLatest(db, store.config);
    if (migrated.error) throw migrated.error;
    signals = kyselySignalsStore(db);
    policy = (await loadPolicy()).policy;
  });
  afterAll(async () => {
    await db?.destroy();
    await store?.cleanup();
  });

  it('puts each stored duration in its histogram bucket, with an exact sum', async () => {
    // Durations: 3 s queued + 3 s running (ready after 6 s), and 1 s + 40 s (ready after 41 s).
    const a = await prepared(SUNDAY_LATE, 3, 3);
    await prepared(MONDAY, 1, 40);
    await db
      .insertInto('sent_marks')
      .values({
        packet_id: a,
        version: 1,
        draft: 'customerUpdate',
        text: 'x',
        by_user: 'u',
        at: plus(SUNDAY_LATE, 1800),
      })
      .execute();
    const figures = await readMetrics(signals, policy, NOW);
    const bucket = (d: typeof figures.prepareDuration, le: number) => d.buckets[d.bounds.indexOf(le)];

    expect(figures.prepareDuration.count).toBe(2);
    expect(figures.prepareDuration.sumSeconds).toBe(43);
    expect([bucket(figures.prepareDuration, 2), bucket(figures.prepareDuration, 5)]).toEqual([0, 1]);
    expect([bucket(figures.prepareDuration, 30), bucket(figures.prepareDuration, 60)]).toEqual([1, 2]);

    expect(figures.uploadToReviewReady.sumSeconds).toBe(47);
    expect([bucket(figures.uploadToReviewReady, 5), bucket(figures.uploadToReviewReady, 15)]).toEqual([0, 1]);
    expect(bucket(figures.uploadToReviewReady, 60)).toBe(2);

    expect(figures.uploadToFirstUpdate).toMatchObject({ count: 1 });
    expect(figures.uploadToFirstUpdate.sumSeconds).toBe(1800);
    expect([bucket(figures.uploadToFirstUpdate, 900), bucket(figures.uploadToFirstUpdate, 1800)]).toEqual([
      0, 1,
    ]);
  });

  it('attributes packets to the UTC ISO week of their upload, with their overrides and rejections', async () => {
    const reviews = kyselyReviewStore(db);
    const [sundayPacket] = (
      await db.selectFrom('packets').select('id').where('created_at', '=', SUNDAY_LATE).execute()
    ).map((row) => row.id);
    if (!sundayPacket) throw new Error('no Sunday packet');
    await overrideDecision(
      reviews,
      policy,
      { packetId: sundayPacket, field: 'severity', value: 'Medium', reason: 'one user', actor: 'lead@x' },
      NOW,
    );
    await decideGate(
      reviews,
      {
        packetId: sundayPacket,
        gateId: 'G-eta',
        decision: 'rejected',
        comment: 'no date before the fix is confirmed',
        actor: 'lead@x',
        mayDecide: () => true,
      },
      NOW,
    );

    const answer = await readWeeklySignals(signals, policy, { now: NOW, weeks: 2 });
    const [w50, w49] = answer.weeks;
    expect([w50?.id, w49?.id]).toEqual(['2026-W50', '2026-W49']);
    expect(w50).toMatchObject({ packetsUploaded: 1, packetsPrepared: 1, gatesRejected: 0 });
    expect(w50?.uploadToReviewReady).toEqual({ count: 1, medianSeconds: 41, p90Seconds: 41 });
    expect(w49).toMatchObject({
      packetsUploaded: 1,
      gatesRejected: 1,
      severityOverrides: { packets: 1, rate: 1, up: 0, down: 1 },
    });
    expect(w49?.uploadToFirstUpdate).toEqual({ count: 1, medianSeconds: 1800, p90Seconds: 1800 });

    // One week back only: the Sunday packet is outside the window, not counted in W50.
    const [only] = (await readWeeklySignals(signals, policy, { now: NOW, weeks: 1 })).weeks;
    expect(only).toMatchObject({ id: '2026-W50', packetsUploaded: 1, gatesRejected: 0 });
  });
});
