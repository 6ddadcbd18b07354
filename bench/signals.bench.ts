/**
 * @module Signals benchmark: one `/metrics` snapshot (SQL aggregates + Prometheus text) and one
 * weekly signals answer over a store seeded with PACKETS packets spread across a year, on SQLite and
 * PostgreSQL (each version with 8 KB of packet JSON). Each figure is the median of RUNS calls.
 */
import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { prometheusText } from '../src/adapters/metrics/prometheus-text.js';
import { createDb, migrateToLatest } from '../src/adapters/storage/create-db.js';
import type { Database } from '../src/adapters/storage/database.js';
import { kyselySignalsStore } from '../src/adapters/storage/kysely-signals-store.js';
import { loadPolicy } from '../src/app/load-policy.js';
import { readMetrics } from '../src/app/signals/read-metrics.js';
import { readWeeklySignals } from '../src/app/signals/read-weekly-signals.js';
import { freshStore } from '../test/helpers/dialects.js';
import type { BenchRow } from './run.js';

const PACKETS = 10_000;
const RUNS = 15;
const NOW = '2026-12-09T12:00:00.000Z';
const YEAR_MS = 365 * 86_400_000;

const at = (ms: number) => new Date(ms).toISOString();
// Stored packets are tens of KB of JSON; a scan that reads rows instead of indexes pays for it.
const PACKET_JSON = JSON.stringify({ filler: 'x'.repeat(8_000) });

async function seed(db: Kysely<Database>): Promise<void> {
  const end = Date.parse(NOW);
  for (let start = 0; start < PACKETS; start += 500) {
    await db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(PACKETS, start + 500); i++) {
        const id = randomUUID();
        const created = end - ((i * 7919) % PACKETS) * (YEAR_MS / PACKETS);
        const sent = i % 2 === 0;
        await trx
          .insertInto('packets')
          .values({
            id,
            title: `packet ${i}`,
            headline: null,
            account: null,
            state: sent ? 'sent' : 'in_review',
            version: 1,
            job_status: 'ready',
            severity: 'High',
            escalate: 1,
            primary_target: 'Engineering',
            created_by: 'bench',
            created_at: at(created),
            updated_at: at(created),
            in_review_at: null,
            changes_requested_at: null,
            approved_at: null,
            resolved_at: null,
            de_escalated_at: null,
            closing_reason: null,
            told_by: null,
            next_internal_due: at(created + 4 * 3_600_000),
            next_customer_due: at(created + 8 * 3_600_000),
          })
          .execute();
        await trx
          .insertInto('packet_versions')
          .values({
            packet_id: id,
            version: 1,
            status: 'done',
            packet_json: PACKET_JSON,
            markdown: null,
            error: null,
            as_of: at(created),
            policy_sha256: null,
            created_by: 'bench',
            created_at: at(created),
            started_at: at(created + 200),
            prepared_at: at(created + 200 + (i % 40) * 100),
          })
          .execute();
        await trx
          .insertInto('gate_decisions')
          .values({
            packet_id: id,
            version: 1,
            gate_id: 'G-eta',
            kind: 'eta',
            subject: 'ETA',
            state: 'pending',
            decided_by: null,
            decided_at: null,
            comment: null,
          })
          .execute();
        if (sent) {
          await trx
            .insertInto('sent_marks')
            .values({
              packet_id: id,
              version: 1,
              draft: 'customerUpdate',
              text: 'x',
              by_user: 'b',
              at: at(created + 3_600_000),
            })
            .execute();
        }
        const events = [
          { name: 'packet.created', properties: { version: 1, inputs: [] } },
          { name: 'packet.prepared', properties: { version: 1, severity: 'High', escalate: true } },
          ...(i % 5 === 0
            ? [
                {
                  name: 'decision.overridden',
                  properties: { field: 'severity', before: 'High', after: 'Critical', reason: 'r' },
                },
              ]
            : []),
          ...(i % 7 === 0
            ? [
                {
                  name: 'gate.rejected',
                  properties: { gate: 'G-eta', before: 'pending', after: 'rejected', comment: null },
                },
              ]
            : []),
        ];
        for (const event of events) {
          await trx
            .insertInto('audit_log')
            .values({
              packet_id: id,
              actor: 'bench',
              name: event.name,
              properties: JSON.stringify(event.properties),
              at: at(created),
            })
            .execute();
        }
      }
    });
  }
  await sql`analyze`.execute(db);
}

async function median(work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export default async function run(): Promise<BenchRow[]> {
  const { policy } = await loadPolicy();
  const rows: BenchRow[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const store = await freshStore(dialect, 'metrics_bench_');
    const db = createDb(store.config);
    try {
      const migrated = await migrateToLatest(db, store.config);
      if (migrated.error) throw migrated.error;
      await seed(db);
      const signals = kyselySignalsStore(db);
      const note = `${PACKETS} packets over a year`;
      rows.push({
        name: `/metrics snapshot + text, ${dialect}`,
        ms: await median(async () => prometheusText(await readMetrics(signals, policy, NOW))),
        note,
      });
      for (const weeks of [8, 52]) {
        rows.push({
          name: `/api/signals?weeks=${weeks}, ${dialect}`,
          ms: await median(() => readWeeklySignals(signals, policy, { now: NOW, weeks })),
          note,
        });
      }
    } finally {
      await db.destroy();
      await store.cleanup();
    }
  }
  return rows;
}
