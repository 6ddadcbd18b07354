/** @module Whether a packet's decision agrees with the gold: escalate, severity and primary target. */
import type { Expected } from './expected.js';
import type { PacketLike } from './packet-like.js';
import { scoreDecision } from './score-decision.js';

/** The decision as the packet made it, and which of the three parts agree with the gold. */
export interface Agreement {
  readonly escalate: boolean;
  /** severity equal to the gold or one of its `severityAlso` (null expected when not escalated) */
  readonly severity: boolean;
  /** null when the gold names no target (a case that stays in support) */
  readonly primaryTarget: boolean | null;
  /** all the scored parts agree */
  readonly agrees: boolean;
  /** `true/High/Engineering`, `false/-/-`: the decision in one short text, to compare variants */
  readonly decision: string;
}

/** Scores one packet's decision against the gold with the eval's own rules (scoreDecision). */
export function scoreAgreement(expected: Expected, packet: PacketLike | null): Agreement {
  const scores = scoreDecision(expected, packet);
  const escalate = scores.escalate?.score === 1;
  const severity = scores.severity ? scores.severity.score === 1 : true;
  const primaryTarget = scores.primaryTarget ? scores.primaryTarget.score === 1 : null;
  const d = packet?.decision ?? null;
  const decision = d
    ? `${String(d.escalate)}/${d.severity?.level ?? '-'}/${d.targets?.[0]?.team ?? '-'}`
    : '(no packet)';
  return {
    escalate,
    severity,
    primaryTarget,
    agrees: escalate && severity && primaryTarget !== false,
    decision,
  };
}
