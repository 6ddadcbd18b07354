/**
 * @module Whether a sentence that mentions other customers says they are fine, read from structure
 * over the language layer's tokens: a state of being well that nothing denies ("other tenants look
 * normal", "everybody else is flat", "their jobs run as usual"), being affected denied ("other orgs
 * are not impacted", "no other client has reported it"), or "only" singling out the one that is
 * ("only this account has the spike").
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';

// being well (normal forms): "fine", "healthy", "unaffected", "stable", "flat" (a chart with no jump)
const WELL = new Set([
  'fine',
  'ok',
  'okay',
  'normal',
  'normally',
  'healthy',
  'unaffected',
  'unimpacted',
  'stable',
  'flat',
  'unchanged',
  'green',
]);
// what "as" makes a state of being well: "as usual", "as expected"
const AS_WELL = new Set(['usual', 'expected', 'before']);
// being affected (lemmas): denied, the others are not ("aren't impacted", "nobody else reported it")
const AFFECTED = new Set(['affect', 'impact', 'see', 'report', 'hit']);
// how many "only" restricts to when it names a share, not one: "only some tenants see it"
const SHARE = new Set(['some', 'few', 'several', 'many', 'most', 'half', 'couple']);
// the predicate after "only …": "only this account has / shows / sees / is …"
const SINGLES_OUT = new Set(['have', 'show', 'see', 'be', 'hit', 'get']);
const ONLY_REACH = 4;
// what may stand between "only" and its predicate: the noun phrase it singles out
const NAMING = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

// a word of being well that modifies a noun ("a normal component", "flat files") states nothing,
// nor a sentence that opens with "Normally" (usually)
const MODIFIED = new Set(['NOUN', 'PROPN']);

function isWell(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  const well = has(t, WELL) || (has(t, AS_WELL) && s.tokens[i - 1]?.normal === 'as');
  const predicate = i > 0 && !MODIFIED.has(s.tokens[i + 1]?.pos ?? '');
  return well && predicate && !isDenied(s, i);
}

const deniesAffected = (s: Sentence, i: number): boolean =>
  has(s.tokens[i], AFFECTED) && s.tokens[i]?.pos === 'VERB' && isDenied(s, i);

/** "only this account has …", never "only some tenants see it", "only 3 customers" nor "the only way to … is". */
function singlesOut(s: Sentence, i: number): boolean {
  if (s.tokens[i]?.normal !== 'only') return false;
  const next = s.tokens[i + 1];
  if (!next || has(next, SHARE) || next.pos === 'NUM' || has(s.tokens[i + 2], SHARE)) return false;
  for (let k = i + 2; k <= i + ONLY_REACH && k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if ((t?.pos === 'VERB' || t?.pos === 'AUX') && has(t, SINGLES_OUT)) return true;
    if (!NAMING.has(t?.pos ?? '')) return false;
  }
  return false;
}

/** True when the sentence, a statement, says the others it names are fine or not affected. */
export function readsOthersFine(s: Sentence | undefined): boolean {
  if (!s || s.question || s.conditional) return false;
  return s.tokens.some((_, i) => isWell(s, i) || deniesAffected(s, i) || singlesOut(s, i));
}

// what ends the predicate of a counted noun: a new clause
const CLAUSE_ENDS = new Set(['CCONJ', 'SCONJ']);

/**
 * True when the predicate that follows token `from` (the noun of a count, "the 40 BYO accounts")
 * says they are fine or not affected: "… are unaffected", "… aren't impacted", "… work normally".
 * Read up to the end of the clause; a state denied ("… can't sync normally") is no well-being.
 */
export function readsFineAfter(s: Sentence, from: number): boolean {
  if (s.question || s.conditional) return false;
  for (let k = from + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k] as Token;
    if ((t.pos === 'PUNCT' && t.normal !== '-') || CLAUSE_ENDS.has(t.pos)) return false;
    if (isWell(s, k) || deniesAffected(s, k)) return true;
  }
  return false;
}
