/** @module Recall and precision of the list fields: errors, tried, customer asks, hypotheses, unknowns. */
import type { Expected } from './expected.js';
import type { EvalField, FieldScore } from './fields.js';
import { type PacketLike, valueText } from './packet-like.js';
import { textsMatch } from './texts-match.js';

type Scores = Partial<Record<EvalField, FieldScore>>;

/**
 * Recall (gold items found / gold items) for each list field the gold has:
 * `errors` — each gold string an exact, case-sensitive substring of some `facts.errors[].value`;
 * `tried` — matched (textsMatch) by some `facts.tried[].action + ' ' + result`;
 * `customerAsks`, `hypotheses` — matched by some `facts.<field>[].value`;
 * `unknowns` — matched by some `unknowns[].question`.
 * Precision is the share of the packet's items that match some gold item by the same rule (noise
 * such as request ids listed as errors lowers it); it is absent when the packet offered no item.
 * An empty gold list is not scored at all (it would read as 100% whatever the packet says).
 */
export function scoreLists(expected: Expected, packet: PacketLike | null): Scores {
  const facts = packet?.facts ?? null;
  const scores: Scores = {};
  const errors = (facts?.errors ?? []).map((c) => valueText(c?.value));
  add(scores, 'errors', expected.errors, errors, (gold, c) => c.includes(gold));
  const tried = (facts?.tried ?? []).map((t) => `${t?.action ?? ''} ${t?.result ?? ''}`.trim());
  add(scores, 'tried', expected.tried, tried, textsMatch);
  const asks = (facts?.customerAsks ?? []).map((c) => valueText(c?.value));
  add(scores, 'customerAsks', expected.customerAsks, asks, textsMatch);
  const hypotheses = (facts?.hypotheses ?? []).map((c) => valueText(c?.value));
  add(scores, 'hypotheses', expected.hypotheses, hypotheses, textsMatch);
  const unknowns = (packet?.unknowns ?? []).map((u) => u?.question ?? '');
  add(scores, 'unknowns', expected.unknowns, unknowns, textsMatch);
  return scores;
}

function add(
  scores: Scores,
  field: EvalField,
  gold: readonly string[] | undefined,
  produced: readonly string[],
  matches: (gold: string, candidate: string) => boolean,
): void {
  if (!gold || gold.length === 0) return;
  const missed = gold.filter((g) => !produced.some((c) => matches(g, c)));
  const unmatched = produced.filter((c) => !gold.some((g) => matches(g, c)));
  scores[field] = {
    score: (gold.length - missed.length) / gold.length,
    expected: gold.join(' | '),
    produced: produced.length > 0 ? produced.join(' | ') : '(none)',
    missed,
    producedCount: produced.length,
    ...(produced.length > 0
      ? { precision: (produced.length - unmatched.length) / produced.length, unmatched }
      : {}),
  };
}
