/**
 * @module The approval gates a packet needs: severity and routing when escalated, ETA when the
 * customer asks when, compensation, policy exceptions, system writes, and always sending.
 */
import type { Decision, Facts, Gate, GateKind } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import type { Policy } from '../policy/policy-schema.js';
import { asksForCompensation } from './asks-for-compensation.js';
import { asksForTime } from './asks-for-time.js';

export const GATE_IDS: Readonly<Record<GateKind, string>> = {
  severity: 'G-severity',
  routing: 'G-routing',
  eta: 'G-eta',
  compensation: 'G-compensation',
  customer_send: 'G-send',
  system_write: 'G-write',
  policy_exception: 'G-exception',
};

const ORDER: readonly GateKind[] = [
  'severity',
  'routing',
  'eta',
  'compensation',
  'policy_exception',
  'system_write',
  'customer_send',
];

export interface PlanGatesInput {
  readonly decision: Decision;
  readonly facts: Facts;
  readonly signals: Signals;
  readonly policy: Policy;
  /** the team's draft reply offers compensation: it needs the gate even if nobody asked */
  readonly draftOffersCompensation?: boolean;
}

function needsException(decision: Decision, policy: Policy): string[] {
  const opening = new Map(
    policy.escalation.criteria
      .filter((criterion) => criterion.opensGate === 'policy_exception')
      .map((criterion) => [criterion.id, criterion.label]),
  );
  return decision.criteria.flatMap((match) => (opening.has(match.id) ? [match.label] : []));
}

function subjectFor(kind: GateKind, input: PlanGatesInput, exceptions: readonly string[]): string {
  const { decision } = input;
  const teams = decision.targets.map((target) => target.team).join(' → ');
  switch (kind) {
    case 'severity':
      return `Severity ${decision.severity?.level ?? 'unset'} before it appears in any message or system`;
    case 'routing':
      return `Route to ${teams}${decision.owner ? `, owner ${decision.owner.name}` : ''}`;
    case 'eta':
      return 'Any time or date given to the customer for a fix or an answer';
    case 'compensation':
      return 'Credit, refund, reimbursement or free period asked for or offered';
    case 'policy_exception':
      return `Beyond support authority: ${exceptions.join('; ')}`;
    case 'system_write':
      return `Set the ticket priority to ${decision.severity?.level ?? 'the approved severity'} in the help desk`;
    case 'customer_send':
      return 'Send the customer update exactly as approved';
  }
}

/**
 * Plans the gates with stable ids (`G-severity`, `G-routing`, `G-eta`, `G-compensation`,
 * `G-exception`, `G-write`, `G-send`), all pending. Every packet has `G-send`; other kinds
 * appear only when they apply and the policy gates that kind.
 */
export function planGates(input: PlanGatesInput): Gate[] {
  const { decision, facts, signals, policy } = input;
  const gated = new Set(policy.gates.map((gate) => gate.kind));
  const exceptions = needsException(decision, policy);
  const applies: Record<GateKind, boolean> = {
    severity: decision.escalate,
    routing: decision.escalate,
    eta: asksForTime(facts),
    compensation: asksForCompensation(facts, signals) || input.draftOffersCompensation === true,
    policy_exception: decision.escalate && exceptions.length > 0,
    // Escalating proposes updating the ticket's priority, which writes to the help desk.
    system_write: decision.escalate && decision.severity !== null,
    customer_send: true,
  };
  return ORDER.filter((kind) => applies[kind] && (kind === 'customer_send' || gated.has(kind))).map(
    (kind) => ({
      id: GATE_IDS[kind],
      kind,
      subject: subjectFor(kind, input, exceptions),
      state: 'pending' as const,
    }),
  );
}
