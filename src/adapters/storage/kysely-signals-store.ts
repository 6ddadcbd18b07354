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
    ? sql<number>`extract(epoch from (${to}::timestamptz - ${from}::timestamptz))::float8`
    : // julianday() is a double of days: a few tens of microseconds off, so round to the milliseconds stored
      sql<number>`round((julianday(${to}) - julianday(${from})) * 86400.0, 3)`;
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
    // Each duration is computed once: without the fence both databases inline the subquery and
    // parse both times again for every bucket (ten times the work on PostgreSQL).
    const fence = postgres ? sql`offset 0` : sql`limit -1`;
    const durations = sql`(select ${seconds} as d from (${spans}) as t ${fence})`;
    const d = sql.ref('u.d');
    const row = await db
      .selectFrom(durations.as('u'))
      .select([
        count().as('n'),
        sql<string>`coalesce(sum(${d}), 0)`.as('total'),
        ...bounds.map((bound, i) =>
          sql<string>`coalesce(sum(case when ${d} <= ${bound} then 1 else 0 end), 0)`.as(`b${i}`),
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

  // First the per-packet minimum over an index, then the packet's upload time by primary key.
  const reviewReadySpans = () =>
    db
      .selectFrom(
        db
          .selectFrom('packet_versions')
          .select(['packet_id', sql<string>`min(prepared_at)`.as('ready_at')])
          .where('status', '=', 'done')
          .groupBy('packet_id')
          .as('v'),
      )
      .innerJoin('packets as p', 'p.id', 'v.packet_id')
      .select(['p.created_at as from_at', 'v.ready_at as to_at']);

  const firstUpdateSpans = () =>
    db
      .selectFrom(
        db
          .selectFrom('sent_marks')
          .select(['packet_id', sql<string>`min(at)`.as('sent_at')])
          .groupBy('packet_id')
          .as('s'),
      )
      .innerJoin('packets as p', 'p.id', 's.packet_id')
      .select(['p.created_at as from_at', 's.sent_at as to_at']);

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
    // Rejections are few: look each one's gate kind up by the primary key's prefix (a gate keeps
    // its id and kind across versions) rather than scanning every gate.
    const rows = await db
      .selectFrom(
        db
          .selectFrom('audit_log as a')
          .select((eb) =>
            eb
              .selectFrom('gate_decisions as g')
              .select('g.kind')
              .whereRef('g.packet_id', '=', 'a.packet_id')
              .where(sql.ref('g.gate_id'), '=', jsonText(sql.ref('a.properties'), 'gate', postgres))
              .limit(1)
              .as('kind'),
          )
          .where('a.name', '=', 'gate.rejected')
          .as('r'),
      )
      .select(['r.kind', count().as('n')])
      .groupBy('r.kind')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.kind ?? 'unknown', Number(row.n)]));
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
      const prepareSpans = db
        .selectFrom('packet_versions')
        .select(['started_at as from_at', 'prepared_at as to_at'])
        .where('status', '=', 'done')
        .where('started_at', 'is not', null);
      // Independent reads: on PostgreSQL they run side by side on the pool.
      const [byState, versions, prepared, prepareDuration, reviewReady, firstUpdate, overrides, rejections] =
        await Promise.all([
          db
            .selectFrom('packets')
            .select(['state', count().as('n')])
            .groupBy('state')
            .execute(),
          db
            .selectFrom('packet_versions')
            .select(['status', count().as('n')])
            .groupBy('status')
            .execute(),
          db
            .selectFrom('packet_versions')
            .select(sql<string>`count(distinct packet_id)`.as('n'))
            .where('status', '=', 'done')
            .executeTakeFirstOrThrow(),
          histogram(prepareSpans, bounds.prepareDuration),
          histogram(reviewReadySpans(), bounds.uploadToReviewReady),
          histogram(firstUpdateSpans(), bounds.uploadToFirstUpdate),
          overrideCounts(),
          gateRejections(),
        ]);
      const [internal, customer, handoffRatings] = await Promise.all([
        overdue('next_internal_due', now),
        overdue('next_customer_due', now),
        countHandoffRatings(db),
      ]);
      const ofStatus = (status: string) => Number(versions.find((v) => v.status === status)?.n ?? 0);
      return {
        packetsByState: Object.fromEntries(
          PACKET_STATES.map((state) => [state, Number(byState.find((r) => r.state === state)?.n ?? 0)]),
        ),
        packetsPrepared: Number(prepared.n),
        prepareJobs: { done: ofStatus('done'), failed: ofStatus('failed') },
        queue: { queued: ofStatus('queued'), running: ofStatus('running') },
        prepareDuration,
        uploadToReviewReady: reviewReady,
        uploadToFirstUpdate: firstUpdate,
        overrides,
        gateRejections: rejections,
        followUpsOverdue: { internal, customer },
        handoffRatings,
      };
    },

    async readSignalWindow(since: string, now: string, limit: number): Promise<SignalWindow> {
      // Per-packet minimums grouped once over indexes (not a subquery per packet), for the window's packets.
      const inWindow = db.selectFrom('packets').select('id').where('created_at', '>=', since);
      const ready = db
        .selectFrom('packet_versions')
        .select(['packet_id', sql<string>`min(prepared_at)`.as('ready_at')])
        .where('status', '=', 'done')
        .where('packet_id', 'in', inWindow)
        .groupBy('packet_id');
      const sent = db
        .selectFrom('sent_marks')
        .select(['packet_id', sql<string>`min(at)`.as('first_sent_at')])
        .where('packet_id', 'in', inWindow)
        .groupBy('packet_id');
      const rows = await db
        .selectFrom('packets as p')
        .leftJoin(ready.as('v'), 'v.packet_id', 'p.id')
        .leftJoin(sent.as('s'), 's.packet_id', 'p.id')
        .select([
          'p.id',
          'p.created_at',
          'p.state',
          'p.next_internal_due',
          'p.next_customer_due',
          'v.ready_at',
          's.first_sent_at',
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
