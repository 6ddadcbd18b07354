import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from './parse-policy.js';
import { describePolicyError } from './policy-error.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const read = (relative: string) => readFileSync(path.join(repoRoot, relative), 'utf8');
const defaultText = read('policies/default.policy.yaml');
const parsedDefault = parsePolicy(defaultText);
// The rule whose `priority: 50` and id the tests below break.
const riskRule = parsedDefault.ok
  ? parsedDefault.policy.routing.rules.findIndex((r) => r.id === 'route-account-risk')
  : -1;

function errorsOf(text: string): string[] {
  const result = parsePolicy(text);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors.map(describePolicyError);
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

function lastLineOf(text: string, needle: string): number {
  return text.split('\n').findLastIndex((line) => line.includes(needle)) + 1;
}

describe('parsePolicy', () => {
  it('accepts the default policy and the examples, with a stable sha256 of the text', () => {
    const examples = readdirSync(path.join(repoRoot, 'policies/examples')).map(
      (f) => `policies/examples/${f}`,
    );
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const file of ['policies/default.policy.yaml', ...examples]) {
      const result = parsePolicy(read(file));
      expect(result.ok, file).toBe(true);
    }
    const a = parsePolicy(defaultText);
    const b = parsePolicy(`${defaultText}\n# edited\n`);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(a.sha256).not.toBe(b.sha256);
      expect(a.policy.name).toBe('spine-default');
      expect(a.policy.tiers.find((tier) => tier.name === 'Security')?.bypassesTiers).toBe(true);
    }
  });

  it('reports a misspelt signal with its path and line', () => {
    const text = defaultText.replace(
      "when: signals.blocked && signals.workaround != 'full'\n      - id: sev-outage",
      'when: signal.secrity\n      - id: sev-outage',
    );
    expect(text).not.toBe(defaultText);
    const line = lineOf(text, 'signal.secrity');
    expect(errorsOf(text)).toEqual([
      `severities[1].conditions[0].when: unknown identifier 'signal.secrity' (line ${line})`,
    ]);
  });

  it('reports unknown keys with their path and line', () => {
    const text = defaultText
      .replace('    order: 2\n', '    order: 2\n    colour: amber\n')
      .replace('routing:\n', 'routing:\n  fallback: Leadership\n');
    expect(errorsOf(text)).toEqual([
      `tiers[1].colour: unknown key (line ${lineOf(text, 'colour: amber')})`,
      `routing.fallback: unknown key (line ${lineOf(text, 'fallback: Leadership')})`,
    ]);
  });

  it('reports CEL syntax and type errors at load time', () => {
    const syntax = errorsOf(defaultText.replace('when: signals.outage\n', 'when: signals.outage &&\n'));
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toMatch(/^escalation\.criteria\[1\]\.when: .+\(line \d+\)$/);
    const type = errorsOf(defaultText.replace('when: signals.outage\n', 'when: signals.tier == 3\n'));
    expect(type[0]).toMatch(/^escalation\.criteria\[1\]\.when: .*overload/);
    const notBool = errorsOf(defaultText.replace('when: signals.outage\n', 'when: signals.arr\n'));
    expect(notBool[0]).toContain('must be true or false, not double');
  });

  it('reports broken references, misspelt constants and bad regexes', () => {
    expect(errorsOf(read('test/fixtures/policy/broken.policy.yaml'))).toEqual([
      "routing.rules[0].team: 'Engineers' is not a tier (line 44)",
      "severities[1].conditions[0].when: unknown identifier 'signal.secrity' (line 29)",
      "escalation.criteria[0].when: unknown identifier 'constants.bigAcount' (line 35)",
    ]);
    const quarter = parsedDefault.ok
      ? parsedDefault.policy.language.neverSay.findIndex((rule) =>
          rule.pattern.includes('(in|by|for) Q[1-4]'),
        )
      : -1;
    const regex = errorsOf(defaultText.replace('(in|by|for) Q[1-4]', '(in|by|for Q[1-4]'));
    expect(regex).toHaveLength(1);
    expect(regex[0]).toMatch(
      new RegExp(`^language\\.neverSay\\[${quarter}\\]\\.pattern: not a valid regular expression`),
    );
  });

  it('rejects wrong types, bad durations and unknown gate roles', () => {
    const errors = errorsOf(
      defaultText
        .replace('priority: 50', 'priority: high')
        .replace('High: { internal: PT4H', 'High: { internal: 4 hours')
        .replace(
          'approvers: [lead]\n    description: The severity',
          'approvers: [ceo]\n    description: The severity',
        ),
    );
    expect(
      errors.some((e) => e.startsWith(`routing.rules[${riskRule}].priority: Invalid input: expected number`)),
    ).toBe(true);
    expect(errors.some((e) => e.startsWith('cadence.High.internal: expected an ISO 8601 duration'))).toBe(
      true,
    );
    expect(errors.some((e) => e.startsWith('gates[0].approvers[0]:'))).toBe(true);
  });

  it('reports a missing nested key at its parent line', () => {
    const text = defaultText.replace('        label: Core function down for the customer\n', '');
    expect(errorsOf(text)).toEqual([
      `severities[1].conditions[1].label: required key is missing (expected string) (line ${lineOf(text, 'id: sev-outage')})`,
    ]);
  });

  it('reports YAML syntax errors with a line and never throws on garbage', () => {
    const errors = errorsOf('name: x\nversion: [1\ntiers: {');
    expect(errors[0]).toMatch(/^YAML: .*\(line \d+\)$/);
    for (const garbage of ['', '42', '- a\n- b', 'null', '\u0000\u0001', 'a: &x [*x]']) {
      expect(parsePolicy(garbage).ok).toBe(false);
    }
    expect(parsePolicy('x'.repeat(600 * 1024)).ok).toBe(false);
  });

  it('requires exactly one default severity and unique rule ids', () => {
    const text = defaultText.replace('    default: true\n', '');
    expect(errorsOf(text)).toEqual([
      `severities: exactly one severity must have default: true (found 0) (line ${lineOf(text, 'severities:')})`,
    ]);
    const dupText = defaultText.replace('id: route-account-risk', 'id: route-defect');
    expect(errorsOf(dupText)).toEqual([
      `routing.rules[${riskRule}].id: rule id 'route-defect' is used twice (line ${lastLineOf(dupText, 'id: route-defect')})`,
    ]);
  });
});
