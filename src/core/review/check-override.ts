/**
 * @module Which values an override may take: a severity level or a team the policy defines. A value
 * is matched without regard to case and comes back spelled as the policy spells it. Pure.
 */
import type { Policy } from '../policy/policy-schema.js';

export type OverrideField = 'severity' | 'routing';

export type OverrideCheck = { ok: true; value: string } | { ok: false; allowed: readonly string[] };

/** The values `field` may take under `policy`, in the policy's order. */
export function allowedOverrideValues(policy: Policy, field: OverrideField): string[] {
  return field === 'severity'
    ? [...policy.severities].sort((a, b) => b.order - a.order).map((s) => s.level)
    : [...policy.tiers].sort((a, b) => a.order - b.order).map((t) => t.name);
}

export function checkOverride(policy: Policy, field: OverrideField, value: string): OverrideCheck {
  const allowed = allowedOverrideValues(policy, field);
  const wanted = value.trim().toLowerCase();
  const match = allowed.find((v) => v.toLowerCase() === wanted);
  return match ? { ok: true, value: match } : { ok: false, allowed };
}
