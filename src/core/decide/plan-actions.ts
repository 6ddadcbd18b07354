/**
 * @module Next actions with owners and due times: confirm the decision, hand off, update the
 * customer once approved, the next internal update, answer deadlines, settle gated asks, ask the
 * consulted teams, and follow up the unknowns.
 */

import type { Action, Decision, Facts, Gate } from '../model/packet.js';
import type { Signals } from '../model/signals.js';
import { addDuration } from '../policy/duration.js';
import type { Policy } from '../policy/policy-schema.js';
import { capDueTime, earliestLiveDeadline } from './cap-by-deadline.js';

export interface PlanActionsInput {
  readonly decision: Decision;
  readonly facts: Facts;
  readonly signals: Signals;
  readonly policy: Policy;
  readonly asOf: string;
  readonly gates: readonly Gate[];
  /** teams asked to confirm something (consult rules), each with why: one action per consult */
  readonly consults?: ReadonlyArray<{ team: string; label: string; why: string }>;
  /** known unknowns; each becomes a follow-up for the target team (at most five) */
  readonly unknowns?: ReadonlyArray<{ question: string; why: string }>;
}

type Draft = Omit<Action, 'id'>;

const MAX_DEADLINES = 3;
const MAX_UNKNOWNS = 5;

function clip(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function approverOf(policy: Policy, kind: Gate['kind'], fallback: string): string {
  return policy.gates.find((gate) => gate.kind === kind)?.approvers[0] ?? fallback;
}

function cadenceFor(policy: Policy, decision: Decision) {
  const level =
    decision.severity?.level ?? policy.severities.find((severity) => severity.default)?.level ?? '';
  const base = policy.cadence[level];
  if (!base) return null;
  // the decision's cadence is already kept inside a stated deadline; its periods are not business days then
  const capped = decision.cadence;
  if (!capped || (capped.customer === base.customer && capped.internal === base.internal)) return base;
  return { ...base, internal: capped.internal, customer: capped.customer, businessDays: false };
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** Plans the actions (ids `A1`…), each naming its gate when it needs one. */
export function planActions(input: PlanActionsInput): Action[] {
  const { decision, facts, policy, asOf, gates } = input;
  const gate = (kind: Gate['kind']) => gates.find((g) => g.kind === kind)?.id ?? null;
  const now = Date.parse(asOf);
  const at = Number.isNaN(now) ? null : new Date(now).toISOString();
  const cadence = cadenceFor(policy, decision);
  const primary = decision.targets[0]?.team ?? null;
  const drafts: Draft[] = [];

  if (decision.escalate) {
    const teams = decision.targets.map((target) => target.team).join(' → ');
    drafts.push({
      what: `Confirm severity ${decision.severity?.level ?? '(none)'} and routing to ${teams}`,
      owner: approverOf(policy, 'severity', 'lead'),
      due: at,
      gate: gate('severity') ?? gate('routing'),
    });
    drafts.push({
      what: `Post the internal handoff to ${primary ?? 'the target team'}`,
      owner: 'support',
      due: at,
      gate: gate('routing'),
    });
  } else {
    drafts.push({
      what: 'Answer in support with the documented behaviour or workaround; do not escalate',
      owner: 'support',
      due: at,
      gate: null,
    });
  }
  // the next update, to the customer or inside, never falls after a deadline the customer stated
  const deadline = earliestLiveDeadline(facts.deadlines, asOf);
  const customerDue = capDueTime(
    at && cadence ? addDuration(at, cadence.customer, cadence.businessDays) : null,
    deadline,
    asOf,
  );
  drafts.push({
    what: 'Send the customer update once approved',
    owner: 'support',
    due: earliest(decision.respondBy, customerDue),
    gate: gate('customer_send'),
  });
  if (decision.escalate && primary) {
    drafts.push({
      what: `Next internal update from ${primary}`,
      owner: primary,
      due: capDueTime(
        at && cadence ? addDuration(at, cadence.internal, cadence.businessDays) : null,
        deadline,
        asOf,
      ),
      gate: null,
    });
  }
  for (const deadline of facts.deadlines.slice(0, MAX_DEADLINES)) {
    const due =
      deadline.at && !Number.isNaN(Date.parse(deadline.at)) ? new Date(Date.parse(deadline.at)) : null;
    drafts.push({
      what: `Answer the customer's deadline: ${clip(deadline.text)}`,
      owner: 'support',
      due: due && at && due.getTime() > now ? due.toISOString() : at,
      gate: gate('eta'),
    });
  }
  if (gate('compensation')) {
    drafts.push({
      what: 'Decide on the compensation asked for or offered',
      owner: approverOf(policy, 'compensation', 'lead'),
      due: customerDue,
      gate: gate('compensation'),
    });
  }
  if (gate('policy_exception')) {
    drafts.push({
      what: 'Decide whether to grant the policy exception',
      owner: approverOf(policy, 'policy_exception', 'lead'),
      due: customerDue,
      gate: gate('policy_exception'),
    });
  }
  if (gate('system_write')) {
    drafts.push({
      what: `Set the ticket priority to ${decision.severity?.level ?? 'the approved severity'} in the help desk`,
      owner: 'support',
      due: at,
      gate: gate('system_write'),
    });
  }
  for (const consult of input.consults ?? []) {
    drafts.push({
      what: consult.why ? `${consult.label} (${consult.why})` : consult.label,
      owner: consult.team,
      due: at && cadence ? addDuration(at, cadence.internal, cadence.businessDays) : null,
      gate: null,
    });
  }
  for (const unknown of (input.unknowns ?? []).slice(0, MAX_UNKNOWNS)) {
    drafts.push({
      what: `Find out: ${clip(unknown.question)}`,
      owner: primary ?? 'support',
      due: at && cadence ? addDuration(at, cadence.internal, cadence.businessDays) : null,
      gate: null,
    });
  }
  return drafts.map((draft, index) => ({ id: `A${index + 1}`, ...draft }));
}
