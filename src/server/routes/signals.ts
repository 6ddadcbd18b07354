/** @module `GET /api/signals?weeks=N`: the weekly figures behind the signals page, for leads and admins. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { MAX_WEEKS, readWeeklySignals } from '../../app/signals/read-weekly-signals.js';
import type { Policy } from '../../core/policy/policy-schema.js';
import type { SignalsStore } from '../../ports/signals-store.js';
import { requirePermission } from '../plugins/auth.js';
import { shaped } from '../schemas/review-responses.js';
import { SignalsAnswerSchema } from '../schemas/team-responses.js';

const SignalsQuery = z.object({ weeks: z.coerce.number().int().min(1).max(MAX_WEEKS).default(8) });

export interface SignalsRouteOptions {
  readonly signals: SignalsStore;
  readonly policy: Policy;
  readonly now: () => Date;
}

export function signalsRoutes(app: FastifyInstance, { signals, policy, now }: SignalsRouteOptions): void {
  app.get('/api/signals', { preHandler: requirePermission('signals.read') }, async (request) => {
    const { weeks } = SignalsQuery.parse(request.query);
    return shaped(
      SignalsAnswerSchema,
      await readWeeklySignals(signals, policy, { now: now().toISOString(), weeks }),
    );
  });
}
