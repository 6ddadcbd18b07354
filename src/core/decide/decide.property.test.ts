import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citesFor, makeFacts } from '../../../test/helpers/make-decide-input.js';
import { ASSESSMENTS, type Signals } from '../model/signals.js';
import { parsePolicy } from '../policy/parse-policy.js';
import { decideWithWarnings } from './decide.js';
import { planActions } from './plan-actions.js';
import { planGates } from './plan-gates.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const parsed = parsePolicy(readFileSync(path.join(repoRoot, 'policies/default.policy.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy = parsed.policy;
const asOf = '2026-11-20T16:30:00.000Z';

const signalsArb: fc.Arbitrary<Signals> = fc.record({
  tier: fc.constantFrom('', 'enterprise', 'strategic', 'pro', 'self-hosted', 'Business'),
  arr: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000_000 })),
  renewalDays: fc.integer({ min: -1, max: 400 }),
  affectedUsers: fc.integer({ min: 0, max: 5000 }),
  affectedAccounts: fc.integer({ min: 0, max: 500 }),
  otherCustomersAffected: fc.boolean(),
  security: fc.boolean(),
  crossTenantData: fc.boolean(),
  securityConcern: fc.boolean(),
  dataLoss: fc.boolean(),
  outage: fc.boolean(),
  blocked: fc.boolean(),
  workaround: fc.constantFrom('none', 'partial', 'full', 'unknown'),
  regression: fc.boolean(),
  bugConfirmed: fc.boolean(),
  productDefect: fc.boolean(),
  documentedBehavior: fc.boolean(),
  knownLimitation: fc.boolean(),
  customerSideSetting: fc.boolean(),
  featureRequest: fc.boolean(),
  billing: fc.boolean(),
  compensationRequested: fc.boolean(),
  compensationWithinAuthority: fc.boolean(),
  churnRisk: fc.boolean(),
  executiveAsk: fc.boolean(),
  slaBreached: fc.boolean(),
  ownershipDispute: fc.boolean(),
  contractClaim: fc.boolean(),
  engineeringWork: fc.boolean(),
  leadershipDecides: fc.boolean(),
  productDecides: fc.boolean(),
  l2Step: fc.boolean(),
  recurrence: fc.boolean(),
  fixReleased: fc.boolean(),
  deadlineHours: fc.integer({ min: -1, max: 200 }),
  vendorIncident: fc.boolean(),
  assessment: fc.constantFrom(...ASSESSMENTS),
  ourSeverity: fc.constantFrom('critical', 'high', 'medium', 'low', 'none'),
  productArea: fc.constantFrom('auth', 'billing', 'integrations', 'export', 'api', 'other'),
  reportKind: fc.constantFrom('bug', 'feature', 'question', 'unknown'),
  reportKindScore: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('decide over any signals (default policy)', () => {
  it('never warns, keeps its invariants and is deterministic', () => {
    fc.assert(
      fc.property(signalsArb, (signals) => {
        const input = { facts: makeFacts(), signals, signalCites: citesFor(signals), policy, asOf };
        const { decision, warnings } = decideWithWarnings(input);
        expect(warnings).toEqual([]);
        expect(decision.severity === null).toBe(!decision.escalate);
        expect(decision.targets.length > 0).toBe(decision.escalate);
        const teams = decision.targets.map((target) => target.team);
        expect(new Set(teams).size).toBe(teams.length);
        // Security, outage and data loss can never be talked down to "handle in support".
        if (signals.security || signals.crossTenantData || signals.outage || signals.dataLoss) {
          expect(decision.escalate).toBe(true);
        }
        if (signals.security || signals.crossTenantData) {
          expect(teams[0]).toBe('Security');
          expect(decision.severity?.level).toBe('Critical');
        }
        const gates = planGates({ decision, facts: input.facts, signals, policy });
        expect(gates.filter((gate) => gate.id === 'G-send')).toHaveLength(1);
        const actions = planActions({ decision, facts: input.facts, signals, policy, asOf, gates });
        const gateIds = new Set(gates.map((gate) => gate.id));
        for (const action of actions) {
          if (action.gate !== null) expect(gateIds.has(action.gate)).toBe(true);
          if (action.due !== null) expect(Date.parse(action.due)).toBeGreaterThanOrEqual(Date.parse(asOf));
        }
        expect(JSON.stringify(decideWithWarnings(input).decision)).toBe(JSON.stringify(decision));
      }),
      { numRuns: 300 },
    );
  });
});
