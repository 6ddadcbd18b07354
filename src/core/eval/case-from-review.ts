/**
 * @module A reviewed packet as an eval case's gold (`expected.json`, see shared/eval/README.md):
 * the decision after overrides, the facts after corrections. A team's own eval set grows from real
 * work this way; `spine eval` then shows where Spine still disagrees with its reviewers. Pure.
 */
import type { Packet } from '../model/packet.js';
import { applyReview, type Review } from './apply-review.js';
import type { Expected } from './expected.js';

/** A gate as the review store keeps it: its kind and how a reviewer decided it. */
export interface DecidedGate {
  readonly kind: string;
  readonly state: 'pending' | 'approved' | 'rejected';
}

export interface ReviewedCase {
  readonly expected: Expected;
  /** decision fields left out of the gold: a reviewer rejected them without saying what is right */
  readonly omitted: ReadonlyArray<'severity' | 'targets'>;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
const nonEmpty = (items: ReadonlyArray<string | null>): string[] | undefined => {
  const kept = [...new Set(items.filter((item): item is string => item !== null))];
  return kept.length > 0 ? kept : undefined;
};

/**
 * What a packet states, in the eval's gold format: every field the eval scores that the packet has
 * a value for. Spine's own questions (unknowns) and draft rules are not gold, so they stay out.
 * Scoring a packet against its own `expectedFromPacket` gives 1 on every field.
 */
export function expectedFromPacket(packet: Packet): Expected {
  const { facts, decision } = packet;
  const expected: Record<string, unknown> = {
    asOf: packet.asOf,
    escalate: decision.escalate,
    severity: decision.severity?.level ?? null,
  };
  const targets = decision.targets.map((t) => t.team);
  if (targets.length > 0) expected.targets = [...new Set(targets)];
  const account = text(facts.account?.value);
  if (account) expected.account = account;
  const affected: Record<string, number> = {};
  const users = count(facts.affected.users?.value);
  const accounts = count(facts.affected.accounts?.value);
  if (users !== null) affected.users = users;
  if (accounts !== null) affected.accounts = accounts;
  if (Object.keys(affected).length > 0) expected.affected = affected;
  const startedAt = text(facts.startedAt?.value);
  if (startedAt) expected.startedAt = startedAt;
  const errors = nonEmpty(facts.errors.map((c) => text(c.value)));
  if (errors) expected.errors = errors;
  const tried = nonEmpty(facts.tried.map((t) => text(`${t.action} ${t.result ?? ''}`)));
  if (tried) expected.tried = tried;
  const workaround: Record<string, boolean> = {};
  if (facts.workaround.exists !== null) workaround.exists = facts.workaround.exists;
  if (facts.workaround.partial !== null) workaround.partial = facts.workaround.partial;
  if (Object.keys(workaround).length > 0) expected.workaround = workaround;
  const asks = nonEmpty(facts.customerAsks.map((c) => text(c.value)));
  if (asks) expected.customerAsks = asks;
  const hypotheses = nonEmpty(facts.hypotheses.map((c) => text(c.value)));
  if (hypotheses) expected.hypotheses = hypotheses;
  return expected as Expected;
}

/**
 * The gold for a reviewed packet version: the packet with the review applied, in the eval format.
 * A severity or routing gate a reviewer rejected without overriding it leaves that field out: the
 * reviewer said the suggestion was wrong but not what is right.
 *
 * @example caseFromReview(packet, { severity: 'Critical', primaryTarget: 'Engineering',
 *   corrections: [{ field: 'facts.account', value: 'Northwind Traders' }] }, gates).expected.severity // 'Critical'
 */
export function caseFromReview(packet: Packet, review: Review, gates: readonly DecidedGate[]): ReviewedCase {
  const expected: Record<string, unknown> = { ...expectedFromPacket(applyReview(packet, review)) };
  const rejected = (kind: string) => gates.some((g) => g.kind === kind && g.state === 'rejected');
  const omitted: Array<'severity' | 'targets'> = [];
  const suggestedSeverity = packet.decision.severity?.level ?? null;
  if (rejected('severity') && review.severity === suggestedSeverity) {
    delete expected.severity;
    omitted.push('severity');
  }
  const suggestedTarget = packet.decision.targets[0]?.team ?? null;
  if (rejected('routing') && (review.primaryTarget ?? suggestedTarget) === suggestedTarget) {
    delete expected.targets;
    omitted.push('targets');
  }
  return { expected: expected as Expected, omitted };
}
