/**
 * @module `GET /metrics`: Prometheus text, read from the store on every scrape. Not public: a
 * signed-in lead or admin, or an API token with the `metrics` scope (whose user is a lead or admin).
 */
import type { FastifyInstance } from 'fastify';
import { PROMETHEUS_CONTENT_TYPE, prometheusText } from '../../adapters/metrics/prometheus-text.js';
import { readMetrics } from '../../app/signals/read-metrics.js';
import type { Policy } from '../../core/policy/policy-schema.js';
import type { SignalsStore } from '../../ports/signals-store.js';
import { requirePermission } from '../plugins/auth.js';

export interface MetricsRouteOptions {
  readonly signals: SignalsStore;
  readonly policy: Policy;
  readonly now: () => Date;
}

export function metricsRoutes(app: FastifyInstance, { signals, policy, now }: MetricsRouteOptions): void {
  app.get(
    '/metrics',
    { preHandler: requirePermission('signals.read', 'metrics') },
    async (_request, reply) => {
      const snapshot = await readMetrics(signals, policy, now().toISOString());
      return reply
        .type(PROMETHEUS_CONTENT_TYPE)
        .header('cache-control', 'no-store')
        .send(await prometheusText(snapshot));
    },
  );
}
