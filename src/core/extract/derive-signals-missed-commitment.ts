/**
 * @module Our own commitment already missed, read from our side's sentence: "we are now 4 business
 * days past the 3 business days we told her", "2 days past the promised date", "past the ETA we
 * quoted". Read from token order: "past" as a preposition (not "in the past", not "past tickets"),
 * then, within a few words, what we committed to (a commitment, promise, target, ETA, SLA, or a
 * date we told, quoted, promised or committed). A question, a condition, a hedge or a denial
 * ("we are not past the SLA") misses nothing.
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';
import type { Trace } from '../model/trace.js';
import type { Item } from './context.js';

const COMMITTED = new Set(['commitment', 'promise', 'target', 'eta', 'sla', 'guarantee', 'deadline']);
// a date or time "we told her", "we quoted", "we promised", "we committed to"
const TOLD = new Set(['tell', 'told', 'quote', 'quoted', 'promise', 'promised', 'commit', 'committed']);
const WINDOW = 8;

const isPast = (t: readonly Token[], i: number): boolean => {
  const k = t[i];
  if (k?.normal !== 'past' || k.negated) return false;
  const before = t[i - 1]?.normal ?? '';
  // "in the past", "the past week", "past tickets": a time or an adjective, not beyond a point
  if (before === 'the' || before === 'in') return false;
  const next = t[i + 1];
  return (
    next !== undefined &&
    (next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PRON' || next.normal === 'our')
  );
};

const namesCommitment = (k: Token): boolean =>
  COMMITTED.has(k.lemma) || COMMITTED.has(k.normal) || TOLD.has(k.normal) || TOLD.has(k.lemma);

/** True when the sentence says we are already past a commitment of ours. */
export function readsMissedCommitment(s: Sentence): boolean {
  if (s.question || s.conditional || s.hedged) return false;
  const t = s.tokens;
  return t.some((_, i) => {
    if (!isPast(t, i) || isDenied(s, i)) return false;
    for (let j = i + 1; j <= i + WINDOW && j < t.length; j++) {
      const k = t[j];
      if (!k || (k.pos === 'PUNCT' && k.text !== '-')) return false;
      if (namesCommitment(k)) return true;
    }
    return false;
  });
}

/** Our side's sentences that say a commitment of ours is missed, as cites and traces. */
export function missedCommitmentCites(
  items: readonly Item[],
  keep: (item: Item) => boolean,
): { readonly cites: readonly string[]; readonly traces: readonly Trace[] } {
  const traces: Trace[] = [];
  for (const item of items) {
    if (!keep(item)) continue;
    const hit = item.analyzed.find(readsMissedCommitment);
    if (hit)
      traces.push({
        mechanism: 'structure',
        rule: 'reads-missed-commitment',
        evidence: item.id,
        sentence: hit.text,
      });
    if (traces.length >= 5) break;
  }
  return { cites: traces.map((t) => t.evidence), traces };
}
