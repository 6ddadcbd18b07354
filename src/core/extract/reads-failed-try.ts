/**
 * @module Whether a sentence says something tried did not help, read from structure over the
 * language layer's tokens: a verb of effect denied ("didn't help", "does not fix it"), no effect as a
 * noun ("no change", "no luck"), the failure going on ("still failing", "still not loading", "still
 * the same"), the same outcome again ("same error everywhere") or a change for the worse ("made it
 * worse"). Never "at the same time" nor a state that goes on working ("still works offline").
 */
import { holdsAny } from '../language/sentence-words.js';
import type { Sentence, Token } from '../language/types.js';

// what a try is meant to do (lemmas): denied, the try failed
const EFFECT_VERBS = new Set(['help', 'work', 'fix', 'solve', 'resolve']);
// what a try is meant to bring (lemmas): "no change", "no difference", "no luck"
const EFFECT_NOUNS = new Set(['change', 'difference', 'luck', 'effect', 'improvement']);
// a failure that goes on after "still" (lemmas)
const FAILING = new Set(['fail', 'break', 'crash', 'happen', 'hang', 'freeze', 'error', 'same']);
const NEGATORS = new Set(['not', 'no', 'never']);
const DOING = new Set(['do', 'will']);
// outcomes one meets again: "getting the same error", "it shows the same thing"
const MEETING = new Set(['get', 'see', 'show', 'throw', 'give', 'return', 'happen', 'still']);

const FAILED_TRY_WORDS = new Set(['not', 'no', 'still', 'same', 'worse']);

const has = (t: Token | undefined, set: ReadonlySet<string>): boolean =>
  t !== undefined && (set.has(t.lemma) || set.has(t.normal));

/** "did not help", "doesn't work", "won't fix it": the verb's own auxiliary negated. */
function effectDenied(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!has(t, EFFECT_VERBS) || tokens[i - 1]?.normal !== 'not') return false;
  return has(tokens[i - 2], DOING);
}

function noEffect(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.normal === 'no' && has(tokens[i + 1], EFFECT_NOUNS);
}

/** "still failing", "still not loading", "still the same". */
function stillFailing(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'still') return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'DET') k++;
  const next = tokens[k];
  return has(next, NEGATORS) || has(next, FAILING);
}

/**
 * "Same error.", "got the same thing again": the same outcome met again or standing alone; not "at
 * the same time", nor the try itself ("retrying the same request").
 */
function sameOutcome(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.normal !== 'same' || tokens[i + 1]?.pos !== 'NOUN') return false;
  if (tokens[i - 1]?.normal === 'the') return has(tokens[i - 2], MEETING);
  const before = tokens[i - 1];
  return before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ' || has(before, MEETING);
}

/** "made it worse", "makes things worse". */
function worse(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lemma === 'make' && tokens.slice(i + 1, i + 4).some((t) => t.normal === 'worse');
}

/** True when the sentence says a try did not help. */
export function readsFailedTry(s: Sentence): boolean {
  // each reading needs one of these (the "not" of effectDenied, noEffect, stillFailing, sameOutcome, worse)
  if (!holdsAny(s, FAILED_TRY_WORDS)) return false;
  const tokens = s.tokens;
  return tokens.some(
    (_, i) =>
      effectDenied(tokens, i) ||
      noEffect(tokens, i) ||
      stillFailing(tokens, i) ||
      sameOutcome(tokens, i) ||
      worse(tokens, i),
  );
}
