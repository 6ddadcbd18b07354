/**
 * @module The shipped default policy as `npm run build` parsed and validated it
 * (scripts/snapshot-default-policy.ts), so the built CLI does not parse and check the same YAML at
 * every start. From the sources it is null; the build fills it in, and loadPolicy uses it only for
 * the exact text it was made from (same sha256).
 */
import type { Policy } from '../core/policy/policy-schema.js';

export interface PolicySnapshot {
  /** sha256 of the policy text the snapshot was made from */
  readonly sha256: string;
  /** a fresh copy of the validated policy at each call */
  readonly policy: () => Policy;
}

export const DEFAULT_POLICY_SNAPSHOT: PolicySnapshot | null = null;
