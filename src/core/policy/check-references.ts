/**
 * @module Cross-checks a schema-valid policy: unique ids, routing to declared tiers, exactly one
 * default severity, cadence and response targets keyed by declared levels, valid regexes.
 */
import type { Policy } from './policy-schema.js';

export interface ReferenceIssue {
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
}

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const value of values) (seen.has(value) ? dup : seen).add(value);
  return dup;
}

/** Lists every cross-reference problem in `policy` (empty when consistent). */
export function checkReferences(policy: Policy): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const tiers = policy.tiers.map((tier) => tier.name);
  const levels = policy.severities.map((severity) => severity.level);
  for (const name of duplicates(tiers))
    issues.push({ path: ['tiers'], message: `tier '${name}' is listed twice` });
  for (const level of duplicates(levels)) {
    issues.push({ path: ['severities'], message: `severity '${level}' is listed twice` });
  }
  const defaults = policy.severities.filter((severity) => severity.default);
  if (defaults.length !== 1) {
    issues.push({
      path: ['severities'],
      message: `exactly one severity must have default: true (found ${defaults.length})`,
    });
  }
  const idSites: Array<[string, ReadonlyArray<PropertyKey>]> = [
    ...policy.severities.flatMap((severity, s) =>
      severity.conditions.map((rule, c): [string, PropertyKey[]] => [
        rule.id,
        ['severities', s, 'conditions', c, 'id'],
      ]),
    ),
    ...policy.escalation.criteria.map((rule, i): [string, PropertyKey[]] => [
      rule.id,
      ['escalation', 'criteria', i, 'id'],
    ]),
    ...policy.escalation.handleInSupport.map((rule, i): [string, PropertyKey[]] => [
      rule.id,
      ['escalation', 'handleInSupport', i, 'id'],
    ]),
    ...policy.routing.rules.map((rule, i): [string, PropertyKey[]] => [
      rule.id,
      ['routing', 'rules', i, 'id'],
    ]),
  ];
  const seenIds = new Set<string>();
  for (const [id, path] of idSites) {
    if (seenIds.has(id)) issues.push({ path, message: `rule id '${id}' is used twice` });
    seenIds.add(id);
  }
  if (!tiers.includes(policy.routing.default)) {
    issues.push({ path: ['routing', 'default'], message: `'${policy.routing.default}' is not a tier` });
  }
  policy.routing.rules.forEach((rule, index) => {
    if (!tiers.includes(rule.team)) {
      issues.push({ path: ['routing', 'rules', index, 'team'], message: `'${rule.team}' is not a tier` });
    }
  });
  for (const level of Object.keys(policy.cadence)) {
    if (!levels.includes(level))
      issues.push({ path: ['cadence', level], message: `'${level}' is not a severity` });
  }
  for (const [tier, targets] of Object.entries(policy.responseTargets)) {
    for (const level of Object.keys(targets)) {
      if (!levels.includes(level)) {
        issues.push({ path: ['responseTargets', tier, level], message: `'${level}' is not a severity` });
      }
    }
  }
  for (const kind of duplicates(policy.gates.map((gate) => gate.kind))) {
    issues.push({ path: ['gates'], message: `gate kind '${kind}' is listed twice` });
  }
  policy.language.neverSay.forEach((rule, index) => {
    try {
      new RegExp(rule.pattern, 'i');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      issues.push({
        path: ['language', 'neverSay', index, 'pattern'],
        message: `not a valid regular expression: ${reason}`,
      });
    }
  });
  return issues;
}
