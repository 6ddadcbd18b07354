/** @module Every CEL condition of a policy with its path in the file (for compiling and reporting). */
import type { Policy } from './policy-schema.js';

export interface ConditionSite {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly expression: string;
}

/** Lists each `when` of severities, escalation criteria, handle criteria and routing rules. */
export function policyConditions(policy: Policy): ConditionSite[] {
  const sites: ConditionSite[] = [];
  policy.severities.forEach((severity, s) => {
    severity.conditions.forEach((rule, c) => {
      sites.push({ path: ['severities', s, 'conditions', c, 'when'], expression: rule.when });
    });
  });
  policy.escalation.criteria.forEach((rule, i) => {
    sites.push({ path: ['escalation', 'criteria', i, 'when'], expression: rule.when });
  });
  policy.escalation.handleInSupport.forEach((rule, i) => {
    sites.push({ path: ['escalation', 'handleInSupport', i, 'when'], expression: rule.when });
  });
  policy.routing.rules.forEach((rule, i) => {
    sites.push({ path: ['routing', 'rules', i, 'when'], expression: rule.when });
  });
  return sites;
}
