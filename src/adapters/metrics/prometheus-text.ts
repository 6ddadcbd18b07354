/**
 * @module The metrics snapshot in the Prometheus text exposition format, through prom-client. Each
 * scrape builds its own registry (never the global one) from figures just read from the store, so
 * concurrent scrapes cannot mix their values and every instance prints the same numbers.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { MetricsSnapshot } from '../../app/signals/read-metrics.js';
import type { StoredDurations } from '../../ports/signals-store.js';

export const PROMETHEUS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

/**
 * A prom-client histogram whose buckets, sum and count come from the store (aggregated in SQL)
 * rather than from `observe()` calls in this process. prom-client's registry reads a histogram
 * through `getForPromString()`; this one answers with the stored figures.
 */
class StoredHistogram extends Histogram<string> {
  readonly #config: { name: string; help: string };
  readonly #durations: StoredDurations;

  constructor(config: { name: string; help: string; registers: Registry[] }, durations: StoredDurations) {
    // The base class validates the name and bounds (and registers the metric) as for any histogram.
    super({ ...config, buckets: [...durations.bounds] });
    this.#config = config;
    this.#durations = durations;
  }

  async getForPromString() {
    const { bounds, buckets, sumSeconds, count } = this.#durations;
    const { name, help } = this.#config;
    const bucket = `${name}_bucket`;
    const value = (le: number | string | null, v: number, metricName: string) => ({
      labels: le === null ? {} : { le },
      sharedLabels: {},
      value: v,
      metricName,
    });
    return {
      name,
      help,
      type: 'histogram',
      aggregator: 'sum',
      values: [
        ...bounds.map((bound, i) => value(bound, buckets[i] ?? 0, bucket)),
        value('+Inf', count, bucket),
        value(null, sumSeconds, `${name}_sum`),
        value(null, count, `${name}_count`),
      ],
    };
  }
}

/**
 * A counter or gauge with one label: a series per key of `series`, in key order, so every key has a
 * series from the first scrape even at zero. A fresh series starts at zero, so adding the figure
 * sets it for either kind.
 */
function labelled(
  registers: Registry[],
  Metric: typeof Counter | typeof Gauge,
  { name, help, label }: { name: string; help: string; label: string },
  series: Readonly<Record<string, number>>,
): void {
  const metric: { inc(labels: Record<string, string>, value: number): void } = new Metric({
    name,
    help,
    labelNames: [label],
    registers,
  });
  for (const [key, n] of Object.entries(series)) metric.inc({ [label]: key }, n);
}

/** The snapshot as Prometheus text (`text/plain; version=0.0.4`), HELP and TYPE lines included. */
export async function prometheusText(snapshot: MetricsSnapshot): Promise<string> {
  const registry = new Registry();
  const registers = [registry];

  labelled(
    registers,
    Gauge,
    { name: 'spine_packets', help: 'Packets now in each review state.', label: 'state' },
    snapshot.packetsByState,
  );

  new Counter({
    name: 'spine_packets_prepared_total',
    help: 'Packets with at least one prepared version (review-ready at least once).',
    registers,
  }).inc(snapshot.packetsPrepared);

  labelled(
    registers,
    Counter,
    {
      name: 'spine_prepare_jobs_total',
      help: 'Finished prepare jobs (one per packet version), by outcome.',
      label: 'outcome',
    },
    { done: snapshot.prepareJobs.done, failed: snapshot.prepareJobs.failed },
  );

  labelled(
    registers,
    Gauge,
    {
      name: 'spine_prepare_queue_jobs',
      help: 'Prepare jobs waiting (queued) and in progress (running) now.',
      label: 'status',
    },
    { queued: snapshot.queue.queued, running: snapshot.queue.running },
  );

  new StoredHistogram(
    {
      name: 'spine_prepare_duration_seconds',
      help: 'Time a prepare job took, from picking the version up to recording the packet.',
      registers,
    },
    snapshot.prepareDuration,
  );
  new StoredHistogram(
    {
      name: 'spine_upload_to_review_ready_seconds',
      help: 'Time from upload to the first prepared version, per packet.',
      registers,
    },
    snapshot.uploadToReviewReady,
  );
  new StoredHistogram(
    {
      name: 'spine_upload_to_first_customer_update_seconds',
      help: 'Time from upload to the first customer update marked as sent, per packet.',
      registers,
    },
    snapshot.uploadToFirstUpdate,
  );

  const overrides = new Counter({
    name: 'spine_overrides_total',
    help: 'Reviewer overrides by field and direction (severity up or down by the policy order; routing: changed).',
    labelNames: ['field', 'direction'],
    registers,
  });
  // Both fields always appear, so a dashboard's rate() has a series from the first scrape.
  overrides.inc({ field: 'severity', direction: 'up' }, 0);
  overrides.inc({ field: 'severity', direction: 'down' }, 0);
  overrides.inc({ field: 'routing', direction: 'changed' }, 0);
  for (const row of snapshot.overrides)
    overrides.inc({ field: row.field, direction: row.direction }, row.count);

  labelled(
    registers,
    Counter,
    { name: 'spine_gate_rejections_total', help: 'Gate rejections by gate kind.', label: 'kind' },
    snapshot.gateRejections,
  );

  labelled(
    registers,
    Gauge,
    {
      name: 'spine_follow_ups_overdue',
      help: 'Open packets whose next internal or customer update is overdue now.',
      label: 'kind',
    },
    { internal: snapshot.followUpsOverdue.internal, customer: snapshot.followUpsOverdue.customer },
  );

  labelled(
    registers,
    Counter,
    {
      name: 'spine_handoff_ratings_total',
      help: 'Handoff ratings by the receiver: knew-first-move or had-to-ask (zero until feedback exists).',
      label: 'rating',
    },
    {
      'knew-first-move': snapshot.handoffRatings?.['knew-first-move'] ?? 0,
      'had-to-ask': snapshot.handoffRatings?.['had-to-ask'] ?? 0,
    },
  );

  return registry.metrics();
}
