/**
 * @module Respond-by and cadence: the response target for the account tier × severity (a missing
 * threshold means not applicable, never zero) and the follow-up cadence for the severity.
 */
import type { Decision } from '../model/packet.js';
import { addDuration } from '../policy/duration.js';
import type { Policy } from '../policy/policy-schema.js';
import { compareText } from '../render/compare.js';

function tableKey(policy: Policy, tier: string): string {
  const lower = tier.toLowerCase().trim();
  const keys = Object.keys(policy.responseTargets).filter((key) => key !== 'default');
  if (keys.includes(lower)) return lower;
  // "enterprise plus" or "strategic (annual)" use the longest listed tier they contain.
  const contained = keys.filter((key) => key !== '' && lower.includes(key.toLowerCase()));
  contained.sort((a, b) => b.length - a.length || compareText(a, b));
  return contained[0] ?? 'default';
}

/** The response target duration for `tier` and `level`, or null when the policy sets none. */
export function responseTarget(policy: Policy, tier: string, level: string): string | null {
  const table = policy.responseTargets[tableKey(policy, tier)];
  return table?.[level] ?? null;
}

/** asOf + the response target, or null when not applicable. */
export function decideRespondBy(policy: Policy, tier: string, level: string, asOf: string): string | null {
  const target = responseTarget(policy, tier, level);
  return target === null ? null : addDuration(asOf, target);
}

/** The cadence for `level` as ISO durations, or null when the policy sets none. */
export function decideCadence(policy: Policy, level: string): Decision['cadence'] {
  const cadence = policy.cadence[level];
  return cadence ? { internal: cadence.internal, customer: cadence.customer } : null;
}
