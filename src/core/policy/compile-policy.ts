/**
 * @module The compiled form of a parsed policy: one runnable condition per rule, cached per
 * policy object so repeated decisions compile once.
 */
import { createCelEnvironment } from './cel-environment.js';
import { type CompiledCondition, compileCondition } from './compile-condition.js';
import type { Policy } from './policy-schema.js';

export interface CompiledPolicy {
  /** condition per CEL expression text; a missing entry means it failed to compile */
  readonly conditions: ReadonlyMap<string, CompiledCondition>;
  /** compile messages by expression (only for policies that bypassed parsePolicy) */
  readonly failures: ReadonlyMap<string, string>;
}

const cache = new WeakMap<Policy, CompiledPolicy>();

function expressions(policy: Policy): string[] {
  return [
    ...policy.severities.flatMap((severity) => severity.conditions.map((rule) => rule.when)),
    ...policy.escalation.criteria.map((rule) => rule.when),
    ...policy.escalation.handleInSupport.map((rule) => rule.when),
    ...policy.routing.rules.map((rule) => rule.when),
  ];
}

/** Compiles every condition of `policy` (memoised by object identity). */
export function compilePolicy(policy: Policy): CompiledPolicy {
  const cached = cache.get(policy);
  if (cached) return cached;
  const env = createCelEnvironment(policy.constants);
  const constantKeys = Object.keys(policy.constants);
  const conditions = new Map<string, CompiledCondition>();
  const failures = new Map<string, string>();
  for (const expression of expressions(policy)) {
    if (conditions.has(expression) || failures.has(expression)) continue;
    const result = compileCondition(env, expression, constantKeys);
    if (result.ok) conditions.set(expression, result.condition);
    else failures.set(expression, result.message);
  }
  const compiled = { conditions, failures };
  cache.set(policy, compiled);
  return compiled;
}
