/**
 * @module One clock for respond-by and follow-ups: every due time counts from the packet's `asOf`
 * (the customer cadence from the last update marked sent), so the queue, the page and an override
 * agree. Pure.
 */

import { responseTarget } from '../decide/decide-timing.js';
import type { Packet } from '../model/packet.js';
import { addDuration } from '../policy/duration.js';
import type { Policy } from '../policy/policy-schema.js';

export interface DueTimes {
  readonly respondBy: string | null;
  readonly nextInternalDue: string | null;
  readonly nextCustomerDue: string | null;
}

export interface Cadence {
  readonly internal: string;
  readonly customer: string;
  readonly businessDays?: boolean;
}

/** Due times from a response target and cadence, counted from `asOf` (customer: from `lastSent`). */
export function dueTimes(input: {
  readonly asOf: string;
  readonly responseTarget: string | null;
  readonly cadence: Cadence | null;
  readonly lastSent?: string | null;
}): DueTimes {
  const { asOf, cadence } = input;
  const business = cadence?.businessDays ?? false;
  return {
    respondBy: input.responseTarget ? addDuration(asOf, input.responseTarget) : null,
    nextInternalDue: cadence ? addDuration(asOf, cadence.internal, business) : null,
    nextCustomerDue: cadence ? addDuration(input.lastSent ?? asOf, cadence.customer, business) : null,
  };
}

/** Due times for `packet` at severity `level` under `policy` (after an override, the new level). */
export function dueTimesAtLevel(
  policy: Policy,
  packet: Packet,
  level: string,
  lastSent?: string | null,
): DueTimes {
  const tier = packet.facts.tier ? String(packet.facts.tier.value).toLowerCase() : '';
  return dueTimes({
    asOf: packet.asOf,
    responseTarget: responseTarget(policy, tier, level),
    cadence: policy.cadence[level] ?? null,
    lastSent: lastSent ?? null,
  });
}
