/**
 * @module The decision: escalate or handle, severity, targets, owner, respond-by and cadence,
 * all from the policy's rules over the facts and signals. Pure and deterministic.
 */
import type { Decision } from '../model/packet.js';
import { createRuleEvaluator } from '../policy/rule-evaluator.js';
import { capCadence, capRespondBy, earliestDeadline, earliestLiveDeadline } from './cap-by-deadline.js';
import { type Consult, decideConsults } from './decide-consults.js';
import { decideEscalation } from './decide-escalation.js';
import type { DecideInput } from './decide-input.js';
import { decideOwner } from './decide-owner.js';
import { decideSeverity } from './decide-severity.js';
import { decideTargets } from './decide-targets.js';
import { decideCadence, decideRespondBy } from './decide-timing.js';

/** Like `decide`, and also returns warnings for rules that could not be evaluated. */
export function decideWithWarnings(input: DecideInput): {
  decision: Decision;
  warnings: string[];
  /** teams asked to confirm something (consult rules), escalated or not */
  consults: Consult[];
} {
  const { facts, signals, policy, asOf } = input;
  const evaluator = createRuleEvaluator(input);
  const { escalate, criteria } = decideEscalation(policy, evaluator);
  const consults = decideConsults(policy, evaluator);
  if (!escalate) {
    const decision: Decision = {
      escalate: false,
      criteria,
      severity: null,
      targets: [],
      owner: decideOwner(policy, facts, signals, null),
      respondBy: null,
      cadence: null,
    };
    return { decision, warnings: [...evaluator.warnings], consults };
  }
  const severity = decideSeverity(policy, evaluator);
  const routed = decideTargets(policy, evaluator);
  // never plan the first response or an update after a deadline the customer stated
  const deadline = earliestDeadline(facts.deadlines);
  const decision: Decision = {
    escalate: true,
    criteria,
    severity,
    targets: routed.map((entry) => entry.target),
    owner: decideOwner(policy, facts, signals, routed[0]?.rule ?? null),
    respondBy: capRespondBy(decideRespondBy(policy, signals.tier, severity.level, asOf), deadline, asOf),
    // a deadline already passed does not shorten the cadence; one still ahead does
    cadence: capCadence(
      decideCadence(policy, severity.level),
      earliestLiveDeadline(facts.deadlines, asOf),
      asOf,
    ),
  };
  return { decision, warnings: [...evaluator.warnings], consults };
}

/**
 * Decides escalate-or-handle, severity, routing, owner, respond-by and cadence. Example:
 * `decide({ facts, signals, signalCites, policy, asOf: '2026-11-18T15:00:00Z' }).targets[0].team` → `'Security'`
 * for a cross-tenant data report under the default policy.
 */
export function decide(input: DecideInput): Decision {
  return decideWithWarnings(input).decision;
}
