/**
 * @module One clock for respond-by and follow-ups: every due time counts from the packet's `asOf`
 * (the customer cadence from the last update marked sent), so the queue, the page and an override
 * agree; none falls after a deadline the customer stated, as when the packet was prepared. Pure.
 */

import {
  capCadence,
  capDueTime,
  capRespondBy,
  earliestDeadline,
  earliestLiveDeadline,
} from '../decide/cap-by-deadline.js';
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

/**
 * Due times for `packet` at severity `level` under `policy` (after an override, the new level),
 * kept inside the customer's stated deadline the way `decide` keeps the prepared packet's.
 */
export function dueTimesAtLevel(
  policy: Policy,
  packet: Packet,
  level: string,
  lastSent?: string | null,
): DueTimes {
  const tier = packet.facts.tier ? String(packet.facts.tier.value).toLowerCase() : '';
  const { asOf } = packet;
  const deadline = earliestDeadline(packet.facts.deadlines);
  const target = responseTarget(policy, tier, level);
  const policyCadence = policy.cadence[level] ?? null;
  // the cadence and the next updates keep before the earliest deadline still ahead; a passed one makes respond-by now
  const live = earliestLiveDeadline(packet.facts.deadlines, asOf);
  const capped = capCadence(policyCadence, live, asOf);
  // a cadence cut to the time left is counted in hours, not business days
  const cut =
    capped !== null &&
    policyCadence !== null &&
    (capped.internal !== policyCadence.internal || capped.customer !== policyCadence.customer);
  const cadence = capped && cut ? { ...capped, businessDays: false } : policyCadence;
  const due = dueTimes({ asOf, responseTarget: target, cadence, lastSent: lastSent ?? null });
  return {
    respondBy: capRespondBy(due.respondBy, deadline, asOf),
    nextInternalDue: capDueTime(due.nextInternalDue, live, asOf),
    nextCustomerDue: capDueTime(
      due.nextCustomerDue,
      earliestLiveDeadline(packet.facts.deadlines, lastSent ?? asOf),
      lastSent ?? asOf,
    ),
  };
}
