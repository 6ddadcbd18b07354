import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { citesFor, makeFacts, makeSignals } from '../../../test/helpers/make-decide-input.js';
import type { Facts } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import { parsePolicy } from '../policy/parse-policy.js';
import type { Policy } from '../policy/policy-schema.js';
import { decide } from './decide.js';
import { planActions } from './plan-actions.js';
import { planGates } from './plan-gates.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const parsed = parsePolicy(readFileSync(path.join(repoRoot, 'policies/default.policy.yaml'), 'utf8'));
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const policy: Policy = parsed.policy;
// A Wednesday afternoon.
const asOf = '2026-11-18T15:00:00.000Z';

function plan(signalOverrides: Partial<Signals>, factOverrides: Partial<Facts> = {}, p: Policy = policy) {
  const signals = makeSignals(signalOverrides);
  const facts = makeFacts(factOverrides);
  const decision = decide({ facts, signals, signalCites: citesFor(signals), policy: p, asOf });
  const gates = planGates({ decision, facts, signals, policy: p });
  const unknowns = [{ question: 'Which orders failed since Tuesday?', why: 'scope' }];
  const actions = planActions({ decision, facts, signals, policy: p, asOf, gates, unknowns });
  return { decision, gates, actions };
}

describe('planGates', () => {
  it('a handled case still has exactly the send gate', () => {
    const { gates } = plan({ documentedBehavior: true });
    expect(gates).toEqual([
      {
        id: 'G-send',
        kind: 'customer_send',
        subject: 'Send the customer update exactly as approved',
        state: 'pending',
      },
    ]);
  });

  it('an escalation gates severity, routing and the ticket write; ETA only when asked when', () => {
    const quiet = plan({ blocked: true, workaround: 'none' });
    expect(quiet.gates.map((g) => g.id)).toEqual(['G-severity', 'G-routing', 'G-write', 'G-send']);
    expect(quiet.gates[0]?.subject).toContain('High');
    const asks = plan(
      { blocked: true, workaround: 'none' },
      { customerAsks: [{ value: 'When will the sync work again?', cites: ['S1:m2'] }] },
    );
    expect(asks.gates.map((g) => g.id)).toContain('G-eta');
    const deadline = plan(
      { blocked: true, workaround: 'none' },
      { deadlines: [{ at: '2026-11-18T20:00:00.000Z', text: 'update before 3 PM today', cites: ['S1:m1'] }] },
    );
    expect(deadline.gates.map((g) => g.id)).toContain('G-eta');
    expect(quiet.gates.every((g) => g.state === 'pending')).toBe(true);
  });

  it('compensation beyond support authority opens compensation and policy-exception gates', () => {
    const { gates } = plan({ billing: true, compensationRequested: true });
    expect(gates.map((g) => g.id)).toEqual([
      'G-severity',
      'G-routing',
      'G-compensation',
      'G-exception',
      'G-write',
      'G-send',
    ]);
    expect(gates.find((g) => g.id === 'G-exception')?.subject).toContain(
      'Compensation beyond support authority',
    );
  });

  it('kinds the policy does not gate are left out, except sending', () => {
    const noEta: Policy = {
      ...policy,
      gates: policy.gates.filter((g) => g.kind !== 'eta' && g.kind !== 'customer_send'),
    };
    const { gates } = plan(
      { blocked: true, workaround: 'none' },
      { customerAsks: [{ value: 'When is the fix?', cites: ['S1:m2'] }] },
      noEta,
    );
    expect(gates.map((g) => g.id)).toEqual(['G-severity', 'G-routing', 'G-write', 'G-send']);
  });
});

describe('planActions', () => {
  it('plans confirm, handoff, customer update, internal update and follow-ups with due times', () => {
    const { actions } = plan(
      { blocked: true, workaround: 'none', tier: 'enterprise' },
      { deadlines: [{ at: '2026-11-18T20:00:00.000Z', text: 'update before 3 PM today', cites: ['S1:m1'] }] },
    );
    expect(actions.map((a) => a.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    expect(actions[0]).toMatchObject({ owner: 'lead', due: asOf, gate: 'G-severity' });
    expect(actions[0]?.what).toBe('Confirm severity High and routing to L2 Support');
    expect(actions[1]).toMatchObject({ owner: 'support', due: asOf, gate: 'G-routing' });
    // Enterprise × High responds within PT4H, sooner than the PT8H customer cadence.
    expect(actions[2]).toMatchObject({
      what: 'Send the customer update once approved',
      due: '2026-11-18T19:00:00.000Z',
      gate: 'G-send',
    });
    expect(actions[3]).toMatchObject({ owner: 'L2 Support', due: '2026-11-18T19:00:00.000Z', gate: null });
    expect(actions[4]).toMatchObject({ due: '2026-11-18T20:00:00.000Z', gate: 'G-eta' });
    expect(actions[4]?.what).toContain('update before 3 PM today');
    expect(actions[5]).toMatchObject({ owner: 'support', gate: 'G-write' });
    expect(actions[6]).toMatchObject({
      what: 'Find out: Which orders failed since Tuesday?',
      owner: 'L2 Support',
    });
  });

  it('counts Medium cadence in business days and routes follow-ups to the primary team', () => {
    const { decision, actions } = plan({ featureRequest: true, tier: 'pro' });
    expect(decision.severity?.level).toBe('Medium');
    expect(decision.targets[0]?.team).toBe('Product');
    const next = actions.find((a) => a.what === 'Next internal update from Product');
    // Wednesday + 1 business day.
    expect(next?.due).toBe('2026-11-19T15:00:00.000Z');
    const send = actions.find((a) => a.gate === 'G-send');
    expect(send?.due).toBe('2026-11-20T15:00:00.000Z');
  });

  it('a handled case gets an in-support answer and no handoff', () => {
    const { actions } = plan({ documentedBehavior: true });
    expect(actions[0]?.what).toContain('Answer in support');
    expect(actions.some((a) => a.what.startsWith('Post the internal handoff'))).toBe(false);
    expect(actions.find((a) => a.gate === 'G-send')).toBeDefined();
  });

  it('is deterministic', () => {
    const a = plan({ security: true, compensationRequested: true, churnRisk: true, arr: 900000 });
    const b = plan({ security: true, compensationRequested: true, churnRisk: true, arr: 900000 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('planActions: the next update before a stated deadline', () => {
  const due = (actions: ReturnType<typeof plan>['actions'], what: RegExp) =>
    actions.find((a) => what.test(a.what))?.due ?? null;

  it('a case not escalated still sends its update no later than the deadline two hours ahead', () => {
    const at = '2026-11-18T17:00:00.000Z';
    const { actions } = plan(
      { documentedBehavior: true },
      { deadlines: [{ at, text: 'the signed form has to reach us by 5pm', cites: ['S1:m1'] }] },
    );
    const send = due(actions, /^Send the customer update/);
    expect(send).not.toBeNull();
    expect(Date.parse(send ?? '')).toBeLessThanOrEqual(Date.parse(at));
  });

  it('an escalated case plans the next internal update no later than the deadline', () => {
    const at = '2026-11-18T16:00:00.000Z';
    const { actions } = plan(
      { outage: true },
      { deadlines: [{ at, text: 'the board needs an answer by four', cites: ['S1:m1'] }] },
    );
    const internal = due(actions, /^Next internal update/);
    if (internal !== null) expect(Date.parse(internal)).toBeLessThanOrEqual(Date.parse(at));
    const send = due(actions, /^Send the customer update/);
    expect(Date.parse(send ?? '')).toBeLessThanOrEqual(Date.parse(at));
  });

  it('a passed deadline does not hide a later one still ahead', () => {
    const live = '2026-11-18T18:30:00.000Z';
    const { actions } = plan(
      { documentedBehavior: true },
      {
        deadlines: [
          { at: '2026-11-18T09:00:00.000Z', text: 'by nine this morning', cites: ['S1:m1'] },
          { at: live, text: 'before our half-six call', cites: ['S1:m2'] },
        ],
      },
    );
    expect(Date.parse(due(actions, /^Send the customer update/) ?? '')).toBeLessThanOrEqual(Date.parse(live));
  });

  it('a deadline already passed leaves the cadence alone', () => {
    const { actions } = plan(
      { documentedBehavior: true },
      { deadlines: [{ at: '2026-11-18T09:00:00.000Z', text: 'by nine this morning', cites: ['S1:m1'] }] },
    );
    expect(Date.parse(due(actions, /^Send the customer update/) ?? '')).toBeGreaterThan(Date.parse(asOf));
  });
});
