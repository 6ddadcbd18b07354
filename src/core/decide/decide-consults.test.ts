import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citesFor, makeFacts, makeSignals } from '../../../test/helpers/make-decide-input.js';
import type { Signals } from '../model/signals.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Policy } from '../policy/policy-schema.js';
import { classifierWhy } from './consult-why.js';
import { decideWithWarnings } from './decide.js';
import { planActions } from './plan-actions.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const parsed = parsePolicy(readFileSync(path.join(repoRoot, 'policies/default.policy.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy: Policy = parsed.policy;
const asOf = '2026-11-18T15:00:00.000Z';

function run(overrides: Partial<Signals>) {
  const signals = makeSignals(overrides);
  const facts = makeFacts();
  const decided = decideWithWarnings({ facts, signals, signalCites: citesFor(signals), policy, asOf });
  const actions = planActions({
    decision: decided.decision,
    facts,
    signals,
    policy,
    asOf,
    gates: [],
    consults: decided.consults.map((c) => ({ team: c.team, label: c.label, why: 'model 0.40 ≥ 0.29' })),
  });
  return { ...decided, actions };
}

describe('the security concern under the default policy (a consult, never a target or a severity)', () => {
  it('alone: no escalation, and Security is asked to confirm in a next action owned by Security', () => {
    const { decision, consults, actions } = run({ securityConcern: true });
    expect(decision.escalate).toBe(false);
    expect(consults.map((c) => [c.rule, c.team, c.signals.includes('securityConcern')])).toEqual([
      ['consult-security-concern', 'Security', true],
    ]);
    const ask = actions.find((a) => a.owner === 'Security');
    expect(ask?.what).toBe('Security to confirm whether this has security impact (model 0.40 ≥ 0.29)');
  });

  it('with a defect: the severity and the targets are those of the defect alone', () => {
    const without = run({ bugConfirmed: true });
    const withConcern = run({ bugConfirmed: true, securityConcern: true });
    expect(withConcern.decision.severity?.level).toBe(without.decision.severity?.level);
    expect(withConcern.decision.targets.map((t) => t.team)).toEqual(['Engineering']);
    expect(withConcern.consults).toHaveLength(1);
  });

  it('is no consult when it is an incident already or our side answered it', () => {
    expect(run({ securityConcern: true, security: true }).consults).toEqual([]);
    expect(run({ securityConcern: true, assessment: 'customer_side' }).consults).toEqual([]);
    expect(run({ securityConcern: true, customerSideSetting: true }).consults).toEqual([]);
    expect(run({}).consults).toEqual([]);
  });
});

describe('classifierWhy', () => {
  it("names the classifier's model, score, threshold and features for the signals read, nothing for others", () => {
    const traces = {
      securityConcern: [
        {
          mechanism: 'classifier',
          rule: 'security-concern',
          label: '1',
          score: 0.4123,
          threshold: 0.29,
          features: ['token', 'permiss'],
          evidence: 'E1',
          sentence: '',
        },
      ],
      security: [{ mechanism: 'pattern', rule: 'cue.SECURITY', evidence: 'E1', sentence: '' }],
    };
    expect(classifierWhy(['securityConcern', 'security'], traces)).toBe(
      'security-concern 0.41 ≥ 0.29: token, permiss',
    );
    expect(classifierWhy(['security'], traces)).toBe('');
  });
});
