/**
 * @module The figures `GET /metrics` exposes, read from the store on every scrape, with each
 * severity override's direction by the policy's level order.
 */
import type { Policy } from '../../core/policy/policy-schema.js';
import { type OverrideDirection, overrideDirection } from '../../core/signals/override-direction.js';
import type { HistogramBounds, MetricsFigures, SignalsStore } from '../../ports/signals-store.js';

/** Histogram buckets in seconds: a prepare takes seconds, review-ready minutes, a first update hours. */
export const HISTOGRAM_BOUNDS: HistogramBounds = {
  prepareDuration: [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
  uploadToReviewReady: [5, 15, 30, 60, 120, 300, 600, 1800, 3600, 14_400],
  uploadToFirstUpdate: [300, 900, 1800, 3600, 7200, 14_400, 28_800, 86_400, 172_800, 604_800],
};

export interface MetricsSnapshot extends Omit<MetricsFigures, 'overrides'> {
  readonly overrides: ReadonlyArray<{
    readonly field: 'severity' | 'routing';
    readonly direction: OverrideDirection;
    readonly count: number;
  }>;
}

/** Severity level → order (a higher order is more severe), as the policy defines them. */
export function levelOrder(policy: Policy): Record<string, number> {
  return Object.fromEntries(policy.severities.map((level) => [level.level, level.order]));
}

export async function readMetrics(
  store: SignalsStore,
  policy: Policy,
  now: string,
): Promise<MetricsSnapshot> {
  const figures = await store.readMetricsFigures(now, HISTOGRAM_BOUNDS);
  const levels = levelOrder(policy);
  const byDirection = new Map<
    string,
    { field: 'severity' | 'routing'; direction: OverrideDirection; count: number }
  >();
  for (const row of figures.overrides) {
    const direction = overrideDirection(row.field, row.before, row.after, levels);
    const key = `${row.field}:${direction}`;
    const known = byDirection.get(key);
    if (known) known.count += row.count;
    else byDirection.set(key, { field: row.field, direction, count: row.count });
  }
  // Every gate kind the policy names has a series from the first scrape, zero until one is rejected.
  const gateRejections = Object.fromEntries(policy.gates.map((gate) => [gate.kind, 0]));
  for (const [kind, n] of Object.entries(figures.gateRejections)) gateRejections[kind] = n;
  return { ...figures, gateRejections, overrides: [...byDirection.values()] };
}
