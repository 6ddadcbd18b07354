import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citesFor, makeFacts, makeSignals } from '../../../test/helpers/make-decide-input.js';
import type { Signals } from '../model/signals.js';
import { parsePolicy } from './parse-policy.js';
import type { Policy, Rule } from './policy-schema.js';
import { createRuleEvaluator } from './rule-evaluator.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const parsed = parsePolicy(readFileSync(path.join(repoRoot, 'policies/default.policy.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy: Policy = parsed.policy;

function allRules(p: Policy): Rule[] {
  return [
    ...p.severities.flatMap((severity) => severity.conditions),
    ...p.escalation.criteria,
    ...p.escalation.handleInSupport,
    ...p.routing.rules,
  ];
}

/** For every rule of the default policy: a case it matches and a near miss it must not match. */
const CASES: Record<string, { hit: Partial<Signals>; miss: Partial<Signals> }> = {
  'sev-security-incident': { hit: { crossTenantData: true }, miss: { dataLoss: true } },
  'sev-broad-outage': {
    hit: { outage: true, workaround: 'none', affectedAccounts: 40 },
    miss: { outage: true, workaround: 'partial', affectedAccounts: 40 },
  },
  'sev-segment-outage': {
    hit: { outage: true, workaround: 'partial', otherCustomersAffected: true, affectedAccounts: 40 },
    miss: { outage: true, workaround: 'partial', otherCustomersAffected: false, affectedAccounts: 40 },
  },
  'sev-blocked-across-customers': {
    hit: { blocked: true, workaround: 'unknown', otherCustomersAffected: true },
    miss: { blocked: true, workaround: 'partial', otherCustomersAffected: true },
  },
  'sev-blocked-at-scale': {
    hit: { blocked: true, workaround: 'none', affectedAccounts: 10 },
    miss: { blocked: true, workaround: 'none', affectedAccounts: 9 },
  },
  'sev-data-loss-at-scale': {
    hit: { dataLoss: true, affectedAccounts: 12, workaround: 'unknown' },
    miss: { dataLoss: true, affectedAccounts: 12, billing: true },
  },
  'sev-our-critical': { hit: { ourSeverity: 'critical' }, miss: { ourSeverity: 'high' } },
  'sev-our-high': { hit: { ourSeverity: 'high' }, miss: { ourSeverity: 'medium' } },
  'sev-workflow-blocked': {
    hit: { blocked: true, workaround: 'partial' },
    miss: { blocked: true, workaround: 'full' },
  },
  'sev-outage': { hit: { outage: true, workaround: 'unknown' }, miss: { outage: true, workaround: 'full' } },
  'sev-confirmed-regression': { hit: { regression: true, bugConfirmed: true }, miss: { regression: true } },
  'sev-pattern': {
    hit: { otherCustomersAffected: true, productDefect: true },
    miss: { otherCustomersAffected: true },
  },
  'sev-data-loss': { hit: { dataLoss: true }, miss: { dataLoss: true, billing: true } },
  'sev-sla-breach-high-value': {
    hit: { slaBreached: true, tier: 'strategic' },
    miss: { slaBreached: true, tier: 'pro', arr: 90000 },
  },
  'sev-degraded': { hit: { productDefect: true }, miss: { documentedBehavior: true } },
  'sev-commercial': { hit: { churnRisk: true }, miss: { executiveAsk: true } },
  'esc-security': { hit: { security: true }, miss: { billing: true } },
  'esc-outage': { hit: { outage: true }, miss: { blocked: true } },
  'esc-data-loss': { hit: { dataLoss: true }, miss: { productDefect: true } },
  'esc-product-defect': { hit: { regression: true }, miss: { documentedBehavior: true } },
  'esc-blocked': { hit: { blocked: true, workaround: 'none' }, miss: { blocked: true, workaround: 'full' } },
  'esc-pattern': { hit: { recurrence: true }, miss: { vendorIncident: true } },
  'esc-sla-high-value': {
    hit: { ownershipDispute: true, arr: 250000 },
    miss: { ownershipDispute: true, arr: 249999 },
  },
  'esc-account-risk': {
    hit: { churnRisk: true, tier: 'enterprise' },
    miss: { churnRisk: true, arr: 20000, tier: 'pro' },
  },
  // a credit support may give itself, by our side's word, is no policy exception
  'esc-leadership-overdue': {
    hit: { leadershipDecides: true, slaBreached: true },
    miss: { leadershipDecides: true },
  },
  'esc-contract-claim': { hit: { contractClaim: true }, miss: { slaBreached: true } },
  'esc-compensation': {
    hit: { compensationRequested: true },
    miss: { compensationRequested: true, compensationWithinAuthority: true },
  },
  'esc-feature-commitment': { hit: { featureRequest: true }, miss: { churnRisk: true } },
  'handle-documented-how-to': {
    hit: { documentedBehavior: true, productDefect: true },
    miss: { documentedBehavior: true, regression: true },
  },
  // a credit within support's authority does not take an assessed case out of support; one beyond it does
  'handle-our-assessment': {
    hit: {
      productDefect: true,
      assessment: 'customer_side',
      compensationRequested: true,
      compensationWithinAuthority: true,
    },
    miss: { productDefect: true, assessment: 'customer_side', compensationRequested: true },
  },
  // a confirmed bug already fixed in a release, with a compensation ask: support, through the gate
  'handle-fix-released': {
    hit: {
      bugConfirmed: true,
      fixReleased: true,
      assessment: 'handle_in_support',
      compensationRequested: true,
    },
    miss: { bugConfirmed: true, fixReleased: true, assessment: 'none' },
  },
  'esc-reported-bug': {
    hit: { reportKind: 'bug', reportKindScore: 0.45 },
    miss: { reportKind: 'question', reportKindScore: 0.9 },
  },
  'esc-reported-feature': {
    hit: { reportKind: 'feature', reportKindScore: 0.7 },
    miss: { reportKind: 'feature', reportKindScore: 0.7, productDefect: true },
  },
  // a how-to question quoting an error and saying they are stuck stays; a confirmed bug does not
  'handle-reported-question': {
    hit: { reportKind: 'question', reportKindScore: 0.8, productDefect: true, blocked: true },
    miss: { reportKind: 'question', reportKindScore: 0.8, bugConfirmed: true },
  },
  'handle-known-limitation': {
    hit: { documentedBehavior: true, featureRequest: true, workaround: 'full' },
    miss: { documentedBehavior: true, featureRequest: true, workaround: 'full', productDecides: true },
  },
  // the team's docs name a customer-side setting; a confirmed bug still escalates
  'handle-team-docs': {
    hit: { customerSideSetting: true, productDefect: true },
    miss: { customerSideSetting: true, productDefect: true, bugConfirmed: true },
  },
  'route-security': { hit: { security: true }, miss: { dataLoss: true } },
  'route-incident-engineering': { hit: { dataLoss: true }, miss: { dataLoss: true, billing: true } },
  'route-policy-exception': { hit: { compensationRequested: true }, miss: { billing: true } },
  'route-contract-claim': { hit: { contractClaim: true }, miss: { churnRisk: true } },
  'route-sla-ownership': {
    hit: { slaBreached: true, ownershipDispute: true },
    miss: { slaBreached: true, tier: 'pro' },
  },
  'route-feature': {
    hit: { featureRequest: true, productDefect: true },
    miss: { featureRequest: true, bugConfirmed: true },
  },
  // documented behaviour the customer wants changed: Product, not the defect route
  'route-documented-change': {
    hit: { documentedBehavior: true, featureRequest: true },
    miss: { documentedBehavior: true },
  },
  'route-defect': {
    hit: { otherCustomersAffected: true, engineeringWork: true },
    miss: { otherCustomersAffected: true },
  },
  'route-leadership-overdue': {
    hit: { leadershipDecides: true, slaBreached: true },
    miss: { slaBreached: true },
  },
  'route-stuck-engineering': {
    hit: { blocked: true, workaround: 'unknown', slaBreached: true },
    miss: { blocked: true, workaround: 'full', slaBreached: true },
  },
  'route-account-risk': {
    hit: { executiveAsk: true, arr: 100000 },
    miss: { executiveAsk: true, arr: 99999 },
  },
  'route-engineering-work': { hit: { engineeringWork: true }, miss: { leadershipDecides: true } },
  'route-leadership-decides': { hit: { leadershipDecides: true }, miss: { engineeringWork: true } },
  'route-product-decides': { hit: { productDecides: true }, miss: { leadershipDecides: true } },
  // a step only L2 may take escalates to L2, unless something points at our code
  'esc-l2-step': {
    hit: { l2Step: true, assessment: 'customer_side' },
    miss: { l2Step: true, assessment: 'resolved' },
  },
  'route-l2-step': { hit: { l2Step: true, reportKind: 'bug' }, miss: { l2Step: true, bugConfirmed: true } },
  'consult-security-concern': {
    hit: { securityConcern: true },
    miss: { securityConcern: true, assessment: 'customer_side' },
  },
};

function evaluate(rule: Rule, overrides: Partial<Signals>) {
  const signals = makeSignals(overrides);
  const evaluator = createRuleEvaluator({
    facts: makeFacts(),
    signals,
    signalCites: citesFor(signals),
    policy,
  });
  return { match: evaluator.match(rule), warnings: evaluator.warnings };
}

describe('every rule of the default policy', () => {
  it('has a case here (a new rule needs one)', () => {
    expect(
      allRules(policy)
        .map((rule) => rule.id)
        .sort(),
    ).toEqual(Object.keys(CASES).sort());
  });

  for (const rule of allRules(policy)) {
    it(`${rule.id} matches its case, cites the signals it read, and not its near miss`, () => {
      const example = CASES[rule.id];
      expect(example).toBeDefined();
      if (!example) return;
      const hit = evaluate(rule, example.hit);
      expect(hit.warnings).toEqual([]);
      expect(hit.match?.id).toBe(rule.id);
      const setBooleans = Object.entries(example.hit).filter(([, value]) => value === true);
      for (const [key] of setBooleans) {
        if (rule.when.includes(`signals.${key}`)) expect(hit.match?.cites).toContain(`E-${key}`);
      }
      expect(evaluate(rule, example.miss).match).toBeNull();
      expect(evaluate(rule, {}).match).toBeNull();
    });
  }
});

describe('route-feature', () => {
  const rule = policy.routing.rules.find((r) => r.id === 'route-feature') as Rule;

  it("takes the classifier's feature reading when nothing else is known", () => {
    expect(evaluate(rule, { reportKind: 'feature' }).match?.id).toBe('route-feature');
  });

  it("lets our side's naming of a step only L2 may take outrank the classifier's guess, not a stated ask", () => {
    expect(evaluate(rule, { reportKind: 'feature', l2Step: true }).match).toBeNull();
    expect(evaluate(rule, { featureRequest: true, l2Step: true }).match?.id).toBe('route-feature');
  });
});
