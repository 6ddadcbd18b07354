/** @module Scores of the decision fields: escalate, severity, primary target, all targets. */
import type { Expected } from './expected.js';
import type { EvalField, FieldScore } from './fields.js';
import type { PacketLike } from './packet-like.js';

type Scores = Partial<Record<EvalField, FieldScore>>;

/**
 * Scores `escalate` (equal), `severity` (equal or one of `severityAlso`; null expected when not
 * escalated, even when the gold omits it), `primaryTarget` (gold's first team equals
 * `decision.targets[0].team`) and `targets` (every gold team found among `decision.targets`, 1 or 0).
 * An empty gold target list is not scored.
 */
export function scoreDecision(expected: Expected, packet: PacketLike | null): Scores {
  const decision = packet?.decision ?? null;
  const scores: Scores = {};
  const escalate = decision?.escalate;
  scores.escalate = equality(String(expected.escalate), escalate, escalate === expected.escalate);

  // a case that stays in support has no severity, whether or not the gold spells out the null
  const goldSeverity =
    expected.severity !== undefined ? expected.severity : expected.escalate ? undefined : null;
  if (goldSeverity !== undefined) {
    const level = decision ? (decision.severity?.level ?? null) : undefined;
    const accepted = [goldSeverity, ...(expected.severityAlso ?? [])];
    const ok = decision !== null && level !== undefined && accepted.includes(level);
    scores.severity = equality(accepted.map(String).join(' | '), level, ok);
  }

  const gold = expected.targets ?? [];
  if (gold.length > 0) {
    const teams = (decision?.targets ?? []).map((t) => t?.team ?? '').filter(Boolean);
    const produced = teams.length > 0 ? teams.join(', ') : '(none)';
    const primary = gold[0]!;
    scores.primaryTarget = {
      score: teams[0] === primary ? 1 : 0,
      expected: primary,
      produced: teams[0] ?? '(none)',
      missed: teams[0] === primary ? [] : [primary],
    };
    const missed = gold.filter((team) => !teams.includes(team));
    scores.targets = { score: missed.length === 0 ? 1 : 0, expected: gold.join(', '), produced, missed };
  }
  return scores;
}

function equality(expected: string, produced: unknown, ok: boolean): FieldScore {
  const text = produced === undefined ? '(missing)' : String(produced);
  return { score: ok ? 1 : 0, expected, produced: text, missed: ok ? [] : [expected] };
}
