import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citesFor, makeFacts, makeSignals } from '../../../test/helpers/make-decide-input.js';
import type { Facts } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Policy } from '../policy/policy-schema.js';
import { decide, decideWithWarnings } from './decide.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const parsed = parsePolicy(readFileSync(path.join(repoRoot, 'policies/default.policy.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy: Policy = parsed.policy;
const asOf = '2026-11-18T15:00:00.000Z';

function run(signals: Partial<Signals>, facts: Partial<Facts> = {}) {
  const s = makeSignals(signals);
  return decide({ facts: makeFacts(facts), signals: s, signalCites: citesFor(s), policy, asOf });
}

const teams = (decision: ReturnType<typeof run>) => decision.targets.map((target) => target.team);

describe('decide under the default policy', () => {
  it('calm cross-tenant data report → Critical, Security first, then Engineering', () => {
    const decision = run({
      security: true,
      crossTenantData: true,
      productDefect: true,
      workaround: 'unknown',
    });
    expect(decision.escalate).toBe(true);
    expect(decision.severity?.level).toBe('Critical');
    expect(decision.severity?.rules.map((rule) => rule.id)).toContain('sev-security-incident');
    expect(teams(decision)).toEqual(['Security', 'Engineering']);
    expect(decision.targets[0]?.cites).toEqual(expect.arrayContaining(['E-security', 'E-crossTenantData']));
    expect(decision.criteria.map((rule) => rule.id)).toContain('esc-security');
  });

  it('a cosmetic defect reported angrily is not above Medium (there is no anger signal)', () => {
    const decision = run({ productDefect: true, workaround: 'full', tier: 'pro', arr: 12000 });
    expect(decision.severity?.level).toBe('Medium');
    expect(teams(decision)).toEqual(['Engineering']);
  });

  it('a how-to with a documented answer is handled in support, even from an enterprise admin', () => {
    const decision = run({ documentedBehavior: true, tier: 'enterprise', arr: 300000, executiveAsk: true });
    expect(decision.escalate).toBe(false);
    expect(decision.severity).toBeNull();
    expect(decision.targets).toEqual([]);
    expect(decision.respondBy).toBeNull();
    expect(decision.criteria.map((rule) => rule.id)).toEqual(['handle-documented-how-to']);
  });

  it('a known limitation with a full workaround is handled, unless data was lost', () => {
    const limited = { documentedBehavior: true, workaround: 'full' as const, featureRequest: true };
    expect(run(limited).escalate).toBe(false);
    const lost = run({ ...limited, dataLoss: true });
    expect(lost.escalate).toBe(true);
    expect(lost.criteria.map((rule) => rule.id)).toEqual(['esc-data-loss']);
  });

  it('a churn threat over a missing feature → Product first, then Leadership', () => {
    const decision = run({
      featureRequest: true,
      churnRisk: true,
      executiveAsk: true,
      arr: 420000,
      tier: 'enterprise',
    });
    expect(decision.escalate).toBe(true);
    expect(teams(decision)).toEqual(['Product', 'Leadership']);
    expect(decision.severity?.level).toBe('Medium');
  });

  it('an SLA breach with ownership ping-pong on a strategic account → Leadership first, then Engineering', () => {
    const decision = run({
      slaBreached: true,
      ownershipDispute: true,
      tier: 'strategic',
      arr: 1240000,
      blocked: true,
      productDefect: true,
      workaround: 'none',
    });
    expect(teams(decision)).toEqual(['Leadership', 'Engineering']);
    expect(decision.severity?.level).toBe('High');
  });

  it('a compensation exception over a recurring billing bug → Leadership first, then Engineering', () => {
    const decision = run({
      billing: true,
      compensationRequested: true,
      recurrence: true,
      bugConfirmed: true,
    });
    expect(teams(decision)).toEqual(['Leadership', 'Engineering']);
    expect(decision.severity?.level).toBe('Medium');
  });

  it('an outage for every tenant of a segment with no workaround → Critical / Engineering', () => {
    const decision = run({ outage: true, blocked: true, affectedAccounts: 212, workaround: 'none' });
    expect(decision.severity?.level).toBe('Critical');
    expect(teams(decision)[0]).toBe('Engineering');
  });

  it('a blocked workflow with a partial workaround after a release → High / Engineering', () => {
    const decision = run({ blocked: true, regression: true, productDefect: true, workaround: 'partial' });
    expect(decision.severity?.level).toBe('High');
    expect(decision.severity?.rationale).toContain('sev-workflow-blocked');
    expect(teams(decision)).toEqual(['Engineering']);
  });

  it('documented behaviour outweighs an error message the customer saw, but not a confirmed bug', () => {
    const seen = {
      documentedBehavior: true,
      productDefect: true,
      blocked: true,
      otherCustomersAffected: true,
    };
    expect(run(seen).escalate).toBe(false);
    const confirmed = run({ ...seen, bugConfirmed: true });
    expect(confirmed.escalate).toBe(true);
    expect(teams(confirmed)).toEqual(['Engineering']);
  });

  it('a duplicated charge across accounts is a billing matter, not Critical data loss', () => {
    const charge = { dataLoss: true, billing: true, affectedAccounts: 14, productDefect: true };
    expect(run(charge).severity?.level).not.toBe('Critical');
    expect(run({ ...charge, billing: false }).severity?.level).toBe('Critical');
  });

  it('a blocked workflow past SLA with teams passing it around also goes to Engineering', () => {
    const decision = run({
      blocked: true,
      workaround: 'partial',
      slaBreached: true,
      ownershipDispute: true,
      tier: 'pro',
    });
    expect(teams(decision)).toEqual(['Leadership', 'Engineering']);
    expect(decision.targets[1]?.reason).toContain('engineering owner');
  });

  it('nothing matched → not escalated, no targets', () => {
    const decision = run({});
    expect(decision.escalate).toBe(false);
    expect(decision.criteria).toEqual([]);
  });

  it('routes to the default tier when an escalation matches no routing rule', () => {
    const decision = run({ executiveAsk: true, arr: 50000, otherCustomersAffected: true });
    expect(decision.escalate).toBe(true);
    expect(teams(decision)).toEqual(['L2 Support']);
    expect(decision.targets[0]?.cites).toEqual([]);
  });

  it('our side having engineering or leadership on it adds a target, never the primary, never an escalation', () => {
    expect(teams(run({ featureRequest: true, engineeringWork: true }))).toEqual(['Product', 'Engineering']);
    expect(teams(run({ outage: true, leadershipDecides: true }))).toEqual(['Engineering', 'Leadership']);
    // only secondary rules matched: the default stays primary
    expect(teams(run({ blocked: true, workaround: 'none', engineeringWork: true }))).toEqual([
      'L2 Support',
      'Engineering',
    ]);
    // … but the same failure at several customers, with our engineers on it, is a defect of ours
    expect(teams(run({ otherCustomersAffected: true, engineeringWork: true }))).toEqual(['Engineering']);
    expect(teams(run({ otherCustomersAffected: true }))).toEqual(['L2 Support']);
    // the classifier reading the report as a feature yields to our engineers already at work on it
    const read = { reportKind: 'feature', reportKindScore: 0.45 } as const;
    expect(teams(run({ ...read, otherCustomersAffected: true }))).toEqual(['Product']);
    expect(teams(run({ ...read, otherCustomersAffected: true, engineeringWork: true }))).toEqual([
      'Engineering',
    ]);
    const alone = run({ engineeringWork: true, leadershipDecides: true });
    expect(alone.escalate).toBe(false);
    expect(alone.targets).toEqual([]);
  });

  it('a decision taken to leadership with a commitment of ours already missed escalates to Leadership', () => {
    const overdue = run({ leadershipDecides: true, slaBreached: true, blocked: true, workaround: 'none' });
    expect(overdue.escalate).toBe(true);
    expect(overdue.criteria.map((c) => c.id)).toContain('esc-leadership-overdue');
    // leadership owns it: the stuck-workflow rule adds no engineering target
    expect(teams(overdue)).toEqual(['Leadership']);
    // the missed commitment alone, without leadership deciding, still needs an engineering owner
    expect(teams(run({ slaBreached: true, blocked: true, workaround: 'none' }))).toEqual(['Engineering']);
    // an overdue commitment outweighs a question the customer asked
    const asked = run({
      leadershipDecides: true,
      slaBreached: true,
      reportKind: 'question',
      reportKindScore: 0.9,
    });
    expect(asked.escalate).toBe(true);
  });
});

describe('respondBy and cadence', () => {
  it('adds the tier × severity response target to asOf', () => {
    const decision = run({ blocked: true, workaround: 'none', tier: 'enterprise' });
    expect(decision.respondBy).toBe('2026-11-18T19:00:00.000Z');
    expect(decision.cadence).toEqual({ internal: 'PT4H', customer: 'PT8H' });
  });

  it('a tier written with extra words uses the listed tier it contains', () => {
    const decision = run({
      blocked: true,
      workaround: 'none',
      tier: 'enterprise plus (annual)',
      slaBreached: true,
    });
    expect(decision.respondBy).toBe('2026-11-18T19:00:00.000Z');
    expect(decision.severity?.rules.map((rule) => rule.id)).toContain('sev-sla-breach-high-value');
  });

  it('falls back to the default tier table for an unlisted tier', () => {
    const decision = run({ blocked: true, workaround: 'none', tier: 'pro' });
    expect(decision.respondBy).toBe('2026-11-18T23:00:00.000Z');
  });

  it('a missing threshold means not applicable, not zero', () => {
    const trimmed: Policy = { ...policy, responseTargets: { default: { Critical: 'PT1H' } } };
    const s = makeSignals({ blocked: true, workaround: 'none' });
    const decision = decide({
      facts: makeFacts(),
      signals: s,
      signalCites: citesFor(s),
      policy: trimmed,
      asOf,
    });
    expect(decision.severity?.level).toBe('High');
    expect(decision.respondBy).toBeNull();
  });
});

describe('determinism and robustness', () => {
  it('gives the same decision for the same input', () => {
    const signals = { security: true, dataLoss: true, featureRequest: true, churnRisk: true, arr: 500000 };
    expect(JSON.stringify(run(signals))).toBe(JSON.stringify(run(signals)));
  });

  it('a rule that fails at evaluation does not match and yields a warning', () => {
    const broken: Policy = {
      ...policy,
      escalation: {
        ...policy.escalation,
        criteria: [
          {
            id: 'esc-account-named',
            label: 'Named account',
            when: 'facts.account.value == "Acme"',
            overridable: true,
          },
          ...policy.escalation.criteria,
        ],
      },
    };
    const s = makeSignals();
    const result = decideWithWarnings({
      facts: makeFacts(),
      signals: s,
      signalCites: {},
      policy: broken,
      asOf,
    });
    expect(result.decision.escalate).toBe(false);
    expect(result.warnings.join('\n')).toContain('esc-account-named');
  });

  it('names the owner of the account before the owner of the product area', () => {
    const owned: Policy = {
      ...policy,
      owners: { byAccount: { Northwind: 'Dana Ruiz' }, byProductArea: { integrations: 'Integrations team' } },
    };
    const s = makeSignals({ productDefect: true, productArea: 'integrations' });
    const account = { value: 'Northwind Traders', cites: ['E1'] };
    const withAccount = decide({
      facts: makeFacts({ account }),
      signals: s,
      signalCites: {},
      policy: owned,
      asOf,
    });
    expect(withAccount.owner?.name).toBe('Dana Ruiz');
    const without = decide({ facts: makeFacts(), signals: s, signalCites: {}, policy: owned, asOf });
    expect(without.owner?.name).toBe('Integrations team');
  });
});

describe('an example policy changes the decision, not the code', () => {
  const payments = parsePolicy(
    readFileSync(path.join(repoRoot, 'policies/examples/payments-regulated.policy.yaml'), 'utf8'),
  );
  if (!payments.ok) throw new Error(JSON.stringify(payments.errors));
  const run2 = (signals: Partial<Signals>, facts: Partial<Facts> = {}) => {
    const s = makeSignals(signals);
    return decide({
      facts: makeFacts(facts),
      signals: s,
      signalCites: citesFor(s),
      policy: payments.policy,
      asOf,
    });
  };

  it('a duplicated charge is High for the payments team and Medium by default', () => {
    const charge = { billing: true, dataLoss: true, compensationRequested: true };
    expect(run(charge).severity?.level).toBe('Medium');
    expect(run2(charge).severity?.level).toBe('High');
  });

  it('security goes to Security then Leadership with a named owner; self-serve High has no target', () => {
    const decision = run2({ security: true, productDefect: true });
    expect(teams(decision)).toEqual(['Security', 'Leadership', 'Engineering']);
    expect(run2({ blocked: true, workaround: 'none', tier: 'self-serve' }).respondBy).toBeNull();
    const bank = run2(
      { blocked: true, workaround: 'none', tier: 'bank-partner', productArea: 'billing' },
      { account: { value: 'Harbor Community Bank', cites: ['S1:m1'] } },
    );
    expect(bank.respondBy).toBe('2026-11-18T16:00:00.000Z');
    expect(bank.owner).toEqual({
      name: 'Mara Okafor',
      reason: 'Owner of the account Harbor Community Bank.',
    });
  });
});

describe('timing inside a stated deadline', () => {
  const deadlineFacts = (at: string): Partial<Facts> => ({
    deadlines: [{ at, text: 'We need this working before the shift starts.', cites: ['S1:c1'] }],
  });
  const high = { productDefect: true, workaround: 'none' as const, blocked: true, tier: 'enterprise' };

  it('moves respond-by up to a deadline that falls before the response target', () => {
    const free = run(high);
    const boxed = run(high, deadlineFacts('2026-11-18T15:30:00.000Z'));
    expect(Date.parse(free.respondBy ?? '')).toBeGreaterThan(Date.parse('2026-11-18T15:30:00.000Z'));
    expect(boxed.respondBy).toBe('2026-11-18T15:30:00.000Z');
  });

  it('shortens the cadence so the next update comes before the deadline', () => {
    const boxed = run(high, deadlineFacts('2026-11-18T16:00:00.000Z'));
    expect(boxed.cadence?.customer).toBe('PT1H');
    expect(boxed.cadence?.internal).toBe('PT1H');
  });

  it('a deadline already missed means respond now, and a far deadline changes nothing', () => {
    expect(run(high, deadlineFacts('2026-11-18T14:00:00.000Z')).respondBy).toBe(asOf);
    const far = run(high, deadlineFacts('2026-12-18T14:00:00.000Z'));
    expect(far.respondBy).toBe(run(high).respondBy);
    expect(far.cadence).toEqual(run(high).cadence);
  });
});
