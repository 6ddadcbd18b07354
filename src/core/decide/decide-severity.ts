/**
 * @module Severity: every level whose condition matches is a candidate; the highest `order` wins;
 * with no match the policy's default level applies.
 */
import type { Decision } from '../model/packet.js';
import type { Policy } from '../policy/policy-schema.js';
import type { RuleEvaluator } from '../policy/rule-evaluator.js';

/** Picks the severity for an escalation, naming the conditions that matched. */
export function decideSeverity(policy: Policy, evaluator: RuleEvaluator): NonNullable<Decision['severity']> {
  const levels = [...policy.severities].sort((a, b) => b.order - a.order);
  for (const level of levels) {
    const rules = level.conditions.flatMap((rule) => evaluator.match(rule) ?? []);
    if (rules.length > 0) {
      const named = rules.map((rule) => `${rule.label} [${rule.id}]`).join('; ');
      return { level: level.level, rationale: `${level.level}: ${named}.`, rules };
    }
  }
  const fallback = policy.severities.find((level) => level.default) ?? levels[levels.length - 1];
  const name = fallback?.level ?? 'Medium';
  return {
    level: name,
    rationale: `${name}: no severity condition matched, so the policy default applies.`,
    rules: [],
  };
}
