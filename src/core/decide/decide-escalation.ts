/**
 * @module Escalate or handle in support: escalate when an escalation criterion matches and no
 * handle-in-support criterion overrides it; criteria marked `overridable: false` cannot be overridden.
 */
import type { RuleMatch } from '../model/packet.js';
import type { Policy } from '../policy/policy-schema.js';
import type { RuleEvaluator } from '../policy/rule-evaluator.js';

export interface EscalationOutcome {
  readonly escalate: boolean;
  /** the criteria that decided it: escalation criteria in effect, or the handle-in-support ones */
  readonly criteria: RuleMatch[];
}

/** Applies the policy's escalation and handle-in-support criteria. */
export function decideEscalation(policy: Policy, evaluator: RuleEvaluator): EscalationOutcome {
  const firm: RuleMatch[] = [];
  const overridable: RuleMatch[] = [];
  for (const criterion of policy.escalation.criteria) {
    const match = evaluator.match(criterion);
    if (match) (criterion.overridable ? overridable : firm).push(match);
  }
  const handle = policy.escalation.handleInSupport.flatMap((rule) => evaluator.match(rule) ?? []);
  if (firm.length > 0) {
    // Handle criteria still silence the overridable ones: they are not why this escalates.
    return { escalate: true, criteria: handle.length > 0 ? firm : [...firm, ...overridable] };
  }
  if (overridable.length > 0 && handle.length === 0) return { escalate: true, criteria: overridable };
  return { escalate: false, criteria: handle };
}
