/**
 * @module The signals port over Kysely: counts and duration histograms aggregated in SQL (SQLite or
 * PostgreSQL) on every call, so several instances on one store agree. Times are ISO 8601 text.
 */
import { type Expression, type Kysely, PostgresAdapter, type RawBuilder, sql } from 'kysely';
import { OPEN_STATES, PACKET_STATES } from '../../core/review/transitions.js';
import type {
  HistogramBounds,
  MetricsFigures,
  OverrideCount,
  OverrideEvent,
  SignalsStore,
  SignalWindow,
  StoredDurations,
} from '../../ports/signals-store.js';
import type { Database } from './database.js';
import { countHandoffRatings, handoffRatingsSince } from './feedback-ratings.js';

type Ref = Expression<unknown>;

/** Seconds from one ISO time to another, in the dialect's date arithmetic. */
function secondsBetween(from: Ref, to: Ref, postgres: boolean): RawBuilder<number> {
  return postgres
    ? sql<number>`extract(epoch from (${to}::timestamptz - ${from}::timestamptz))`
    : sql<number>`((julianday(${to}) - julianday(${from})) * 86400.0)`;
}

/** A top-level string property of a JSON text column (the audit log's properties). */
function jsonText(column: Ref, key: string, postgres: boolean): RawBuilder<string> {
  return postgres
    ? sql<string>`(${column}::jsonb ->> ${sql.lit(key)})`
    : sql<string>`json_extract(${column}, ${sql.lit(`$.${key}`)})`;
}

const count = () => sql<string>`count(*)`;

export function kyselySignalsStore(db: Kysely<Database>): SignalsStore {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  /** One pass over `spans` (rows of from_at, to_at): the count under each bound, the sum, the count. */
  async function histogram(
    spans: Expression<{ from_at: string | null; to_at: string | null }>,
    bounds: readonly number[],
  ): Promise<StoredDurations> {
    const seconds = secondsBetween(sql.ref('t.from_at'), sql.ref('t.to_at'), postgres);
    const row = await db
      .selectFrom(sql`(${spans})`.as('t'))
      .select([
        count().as('n'),
        sql<string>`coalesce(sum(${seconds}), 0)`.as('total'),
        ...bounds.map((bound, i) =>
          sql<string>`coalesce(sum(case when ${seconds} <= ${bound} then 1 else 0 end), 0)`.as(`b${i}`),
        ),
      ])
      .executeTakeFirstOrThrow();
    const cells = row as Record<string, unknown>;
    return {
      bounds,
      buckets: bounds.map((_, i) => Number(cells[`b${i}`])),
      sumSeconds: Number(row.total),
      count: Number(row.n),
    };
  }

  const reviewReadySpans = () =>
    db
      .selectFrom('packets as p')
      .innerJoin('packet_versions as v', 'v.packet_id', 'p.id')
      .where('v.status', '=', 'done')
      .select(['p.created_at as from_at', sql<string>`min(v.prepared_at)`.as('to_at')])
      .groupBy(['p.id', 'p.created_at']);

  const firstUpdateSpans = () =>
    db
      .selectFrom('packets as p')
      .innerJoin('sent_marks as s', 's.packet_id', 'p.id')
      .select(['p.created_at as from_at', sql<string>`min(s.at)`.as('to_at')])
      .groupBy(['p.id', 'p.created_at']);

  async function overrideCounts(): Promise<OverrideCount[]> {
    const field = jsonText(sql.ref('properties'), 'field', postgres);
    const before = jsonText(sql.ref('properties'), 'before', postgres);
    const after = jsonText(sql.ref('properties'), 'after', postgres);
    const rows = await db
      .selectFrom('audit_log')
      .select([field.as('field'), before.as('before'), after.as('after'), count().as('n')])
      .where('name', '=', 'decision.overridden')
      .groupBy([field, before, after])
      .execute();
    return rows
      .filter((row) => row.field === 'severity' || row.field === 'routing')
      .map((row) => ({
        field: row.field as OverrideCount['field'],
        before: String(row.before ?? 'none'),
        after: String(row.after ?? 'none'),
        count: Number(row.n),
      }));
  }

  async function gateRejections(): Promise<Record<string, number>> {
    // A gate keeps its id and kind across versions: one kind per packet and gate id.
    const gates = db.selectFrom('gate_decisions').select(['packet_id', 'gate_id', 'kind']).distinct();
    const rows = await db
      .selectFrom('audit_log as a')
      .innerJoin(gates.as('g'), (join) =>
        join
          .onRef('g.packet_id', '=', 'a.packet_id')
          .on(sql.ref('g.gate_id'), '=', jsonText(sql.ref('a.properties'), 'gate', postgres)),
      )
      .select(['g.kind', count().as('n')])
      .where('a.name', '=', 'gate.rejected')
      .groupBy('g.kind')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.kind, Number(row.n)]));
  }

  async function overdue(column: 'next_internal_due' | 'next_customer_due', now: string): Promise<number> {
    const row = await db
      .selectFrom('packets')
      .select(count().as('n'))
      .where('state', 'in', [...OPEN_STATES])
      .where(column, '<', now)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  return {
    async readMetricsFigures(now: string, bounds: HistogramBounds): Promise<MetricsFigures> {
      const byState = await db
        .selectFrom('packets')
        .select(['state', count().as('n')])
        .groupBy('state')
        .execute();
      const versions = await db
        .selectFrom('packet_versions')
        .select(['status', count().as('n')])
        .groupBy('status')
        .execute();
      const ofStatus = (status: string) => Number(versions.find((v) => v.status === status)?.n ?? 0);
      const prepared = await db
        .selectFrom('packet_versions')
        .select(sql<string>`count(distinct packet_id)`.as('n'))
        .where('status', '=', 'done')
        .executeTakeFirstOrThrow();
      const prepareSpans = db
        .selectFrom('packet_versions')
        .select(['started_at as from_at', 'prepared_at as to_at'])
        .where('status', '=', 'done')
        .where('started_at', 'is not', null);
      return {
        packetsByState: Object.fromEntries(
          PACKET_STATES.map((state) => [state, Number(byState.find((r) => r.state === state)?.n ?? 0)]),
        ),
        packetsPrepared: Number(prepared.n),
        prepareJobs: { done: ofStatus('done'), failed: ofStatus('failed') },
        queue: { queued: ofStatus('queued'), running: ofStatus('running') },
        prepareDuration: await histogram(prepareSpans, bounds.prepareDuration),
        uploadToReviewReady: await histogram(reviewReadySpans(), bounds.uploadToReviewReady),
        uploadToFirstUpdate: await histogram(firstUpdateSpans(), bounds.uploadToFirstUpdate),
        overrides: await overrideCounts(),
        gateRejections: await gateRejections(),
        followUpsOverdue: {
          internal: await overdue('next_internal_due', now),
          customer: await overdue('next_customer_due', now),
        },
        handoffRatings: await countHandoffRatings(db),
      };
    },

    async readSignalWindow(since: string, now: string, limit: number): Promise<SignalWindow> {
      const rows = await db
        .selectFrom('packets as p')
        .select((eb) => [
          'p.id',
          'p.created_at',
          'p.state',
          'p.next_internal_due',
          'p.next_customer_due',
          eb
            .selectFrom('packet_versions as v')
            .select(sql<string>`min(v.prepared_at)`.as('ready'))
            .whereRef('v.packet_id', '=', 'p.id')
            .where('v.status', '=', 'done')
            .as('ready_at'),
          eb
            .selectFrom('sent_marks as s')
            .select(sql<string>`min(s.at)`.as('sent'))
            .whereRef('s.packet_id', '=', 'p.id')
            .as('first_sent_at'),
        ])
        .where('p.created_at', '>=', since)
        // newest first: past the limit, the oldest weeks are the ones cut short
        .orderBy('p.created_at', 'desc')
        .limit(limit)
        .execute();
      const open = new Set<string>(OPEN_STATES);
      const packets = rows.map((row) => ({
        id: row.id,
        uploadedAt: row.created_at,
        reviewReadyAt: row.ready_at ?? null,
        firstUpdateAt: row.first_sent_at ?? null,
        followUpsOverdue: open.has(row.state)
          ? [row.next_internal_due, row.next_customer_due].filter((due) => due !== null && due < now).length
          : 0,
      }));
      const events = (name: 'decision.overridden' | 'gate.rejected') =>
        db
          .selectFrom('audit_log as a')
          .innerJoin('packets as p', 'p.id', 'a.packet_id')
          .select(['a.packet_id', 'a.properties'])
          .where('a.name', '=', name)
          .where('p.created_at', '>=', since)
          .orderBy('a.id')
          .execute();
      const overrides: OverrideEvent[] = [];
      for (const row of await events('decision.overridden')) {
        const properties = JSON.parse(row.properties) as {
          field?: unknown;
          before?: unknown;
          after?: unknown;
        };
        if (properties.field !== 'severity' && properties.field !== 'routing') continue;
        overrides.push({
          packetId: row.packet_id ?? '',
          field: properties.field,
          before: String(properties.before ?? 'none'),
          after: String(properties.after ?? 'none'),
        });
      }
      return {
        packets,
        overrides,
        gateRejections: (await events('gate.rejected')).map((row) => row.packet_id ?? ''),
        ratings: await handoffRatingsSince(db, since),
      };
    },
  };
}
