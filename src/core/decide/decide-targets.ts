/**
 * @module Routing: every matching rule is a target; targets are ordered by tiers that bypass the
 * others (Security) first, then rule priority (then file order), and deduplicated by team.
 * A secondary rule's team only follows the others: it is never the primary target.
 */
import type { Decision } from '../model/packet.js';
import type { Policy, RoutingRule } from '../policy/policy-schema.js';
import type { RuleEvaluator } from '../policy/rule-evaluator.js';

export interface RoutedTarget {
  readonly target: Decision['targets'][number];
  readonly rule: RoutingRule | null;
}

/** Routes an escalation; falls back to `routing.default` when no rule matches. Consult rules are no targets. */
export function decideTargets(policy: Policy, evaluator: RuleEvaluator): RoutedTarget[] {
  const bypass = new Set(policy.tiers.filter((tier) => tier.bypassesTiers).map((tier) => tier.name));
  const matched = policy.routing.rules
    .map((rule, index) => ({ rule, index, match: rule.consult ? null : evaluator.match(rule) }))
    .filter((entry) => entry.match !== null)
    .sort(
      (a, b) =>
        Number(Boolean(a.rule.secondary)) - Number(Boolean(b.rule.secondary)) ||
        Number(bypass.has(b.rule.team)) - Number(bypass.has(a.rule.team)) ||
        b.rule.priority - a.rule.priority ||
        a.index - b.index,
    );
  const byTeam = new Map<string, { reasons: string[]; cites: Set<string>; rule: RoutingRule }>();
  for (const { rule, match } of matched) {
    const entry = byTeam.get(rule.team) ?? { reasons: [], cites: new Set<string>(), rule };
    entry.reasons.push(rule.label);
    for (const cite of match?.cites ?? []) entry.cites.add(cite);
    byTeam.set(rule.team, entry);
  }
  const routed = [...byTeam].map(([team, entry]) => ({
    target: { team, reason: entry.reasons.join('; '), cites: [...entry.cites] },
    rule: entry.rule,
  }));
  if (routed.every((r) => r.rule.secondary)) {
    const fallback = {
      target: {
        team: policy.routing.default,
        reason: 'No routing rule matched; the policy default.',
        cites: [],
      },
      rule: null,
    };
    return [fallback, ...routed.filter((r) => r.target.team !== policy.routing.default)];
  }
  return routed;
}
