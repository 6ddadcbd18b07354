/**
 * @module Consults: routing rules marked `consult: true` name a team that is asked to confirm
 * something (Security: "does this have security impact?") without becoming a target, so the
 * escalation, its severity and its primary team stay as the other rules decide.
 */
import type { Policy } from '../policy/policy-schema.js';
import { referencedPaths } from '../policy/referenced-paths.js';
import type { RuleEvaluator } from '../policy/rule-evaluator.js';

export interface Consult {
  readonly rule: string;
  readonly team: string;
  /** the rule's label: what the team is asked */
  readonly label: string;
  readonly cites: readonly string[];
  /** the signals the rule reads (`securityConcern`), so the plan can say why */
  readonly signals: readonly string[];
}

/** The consult rules that match, in policy order. */
export function decideConsults(policy: Policy, evaluator: RuleEvaluator): Consult[] {
  return policy.routing.rules.flatMap((rule) => {
    if (!rule.consult) return [];
    const match = evaluator.match(rule);
    if (!match) return [];
    return [
      {
        rule: rule.id,
        team: rule.team,
        label: rule.label,
        cites: match.cites,
        signals: referencedPaths(rule.when)
          .filter((p) => p.root === 'signals')
          .map((p) => p.member),
      },
    ];
  });
}
