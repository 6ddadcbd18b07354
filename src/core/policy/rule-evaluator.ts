/**
 * @module Evaluates policy rules against one case's facts and signals. Never throws: a rule that
 * fails to evaluate does not match, and the reason is collected as a warning.
 */
import type { Facts, RuleMatch } from '../model/packet.js';
import type { SignalCites, Signals } from '../model/signals.js';
import { compilePolicy } from './compile-policy.js';
import { factsView } from './facts-view.js';
import type { Policy, Rule } from './policy-schema.js';

export interface RuleEvaluator {
  /** the rule as a RuleMatch when its condition is true, else null */
  match(rule: Rule): RuleMatch | null;
  /** warnings collected so far (one per failing rule) */
  readonly warnings: readonly string[];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).trim();
}

/**
 * Makes an evaluator for one case. A rule's cites are the union of `signalCites[k]` for every
 * `signals.k` its expression reads, in the order the expression names them.
 */
export function createRuleEvaluator(input: {
  facts: Facts;
  signals: Signals;
  signalCites: SignalCites;
  policy: Policy;
}): RuleEvaluator {
  const compiled = compilePolicy(input.policy);
  const context = {
    signals: { ...input.signals },
    facts: factsView(input.facts),
    constants: input.policy.constants,
  };
  const warnings: string[] = [];
  const memo = new Map<string, boolean>();

  function holds(rule: Rule): boolean {
    const known = memo.get(rule.when);
    if (known !== undefined) return known;
    let result = false;
    const condition = compiled.conditions.get(rule.when);
    if (!condition) {
      warnings.push(
        `policy rule ${rule.id} cannot be compiled: ${compiled.failures.get(rule.when) ?? 'unknown'}`,
      );
    } else {
      try {
        const value = condition.run(context);
        if (typeof value === 'boolean') result = value;
        else warnings.push(`policy rule ${rule.id} did not give true or false; treated as not matching`);
      } catch (error) {
        const reason = firstLine(error instanceof Error ? error.message : String(error));
        warnings.push(`policy rule ${rule.id} could not be evaluated (${reason}); treated as not matching`);
      }
    }
    memo.set(rule.when, result);
    return result;
  }

  function cites(rule: Rule): string[] {
    const out = new Set<string>();
    for (const key of compiled.conditions.get(rule.when)?.signals ?? []) {
      for (const id of input.signalCites[key as keyof Signals] ?? []) out.add(id);
    }
    return [...out];
  }

  return {
    match: (rule) => (holds(rule) ? { id: rule.id, label: rule.label, cites: cites(rule) } : null),
    warnings,
  };
}
