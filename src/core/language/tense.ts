/**
 * @module The one tense reader: whether a verb form is past (a simple past or a past participle),
 * read from the language layer's part of speech and lemma, and whether a verb group says something
 * is done ("we restarted it", "it has been reset", "they were charged twice"). wink-nlp tags
 * universal parts of speech (VERB, AUX), not VBD/VBN: a form whose lemma differs from it and that is
 * neither a present "-s" nor an "-ing" is past; a word the lexicon does not know ("grepped",
 * "re-enabled") is read by its "-ed" spelling; a form spelled like its lemma ("reset", "put") is a
 * participle after "have" or "be".
 */
import type { Token } from './types.js';

// a word the lexicon does not know, spelled as a past: "grepped", "re-enabled" (not "need", "speed")
const SPELT_PAST = /^[a-z][a-z-]{2,}(?<!e)ed$/;
// a clipped past: "repro'd", "cc'd" ("we'd" is read as "we would" by the tokenizer)
const CLIPPED_PAST = /^[a-z]{2,}['’]d$/;
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'been']);
// the tags a past form known only by its spelling may carry: a capitalised "Replayed" read as a
// name, "configured" or "patched" read as an adjective
const SPELLABLE = new Set(['VERB', 'PROPN', 'NOUN', 'ADJ']);
const VERBAL = new Set(['VERB', 'AUX']);

/** The form is a present "-s" of its lemma: "runs", "fixes", "tries". */
function presentS(n: string, lemma: string): boolean {
  return n === `${lemma}s` || n === `${lemma}es` || (lemma.endsWith('y') && n === `${lemma.slice(0, -1)}ies`);
}

/**
 * A past form by the word alone (VBD or VBN): "sent", "was", "restarted", "grepped", "repro'd". A
 * form spelled like its lemma ("reset", "put") is not known from the word; see {@link isPastAt}.
 *
 * @example isPastForm(analyze('We sent it.').sentences[0].tokens[1]) // true
 */
export function isPastForm(t: Token | undefined): boolean {
  if (!t) return false;
  const n = t.normal;
  if (t.pos === 'AUX') return PAST_AUX.has(n);
  if (CLIPPED_PAST.test(n)) return t.pos === 'VERB' || t.pos === 'PROPN' || t.pos === 'NOUN';
  if (t.pos !== 'VERB') return false;
  if (n !== t.lemma) return !n.endsWith('ing') && !presentS(n, t.lemma);
  return SPELT_PAST.test(n);
}

/**
 * A past form by the word, or by its "-ed" spelling whatever the tagger called it ("patched" read
 * as an adjective, "Replayed" as a name): for a participle that describes a state ("is configured").
 */
export function looksPast(t: Token | undefined): boolean {
  if (!t) return false;
  return isPastForm(t) || (t.normal === t.lemma && SPELLABLE.has(t.pos) && SPELT_PAST.test(t.normal));
}

/**
 * The verb at `i` is past in its group: a past form, or a form spelled like its lemma after "have"
 * or "be" ("has reset", "was put back", "is set"), adverbs and "not" between.
 */
export function isPastAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (isPastForm(t)) return true;
  if (t?.pos !== 'VERB') return false;
  let j = i - 1;
  while (tokens[j]?.pos === 'ADV' || tokens[j]?.normal === 'not') j--;
  const aux = tokens[j];
  return aux?.pos === 'AUX' && (aux.lemma === 'have' || aux.lemma === 'be') && !t.normal.endsWith('ing');
}

/**
 * The verb group opened by the auxiliary or verb at `i` reports something done: a simple past
 * ("we restarted", "it was down", "did you"), a perfect ("have confirmed", "has been switched off"),
 * a past passive ("were charged"). "We've got" is having, "is reset" a present state, "will restart"
 * a plan.
 */
export function readsDoneAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !VERBAL.has(t.pos)) return false;
  if (t.pos === 'VERB') return isPastForm(t);
  if (PAST_AUX.has(t.normal)) return true;
  return t.lemma === 'have' && perfectAfter(tokens, i);
}

// "has been switched off", "have confirmed": the next verb within two words is a past participle
function perfectAfter(tokens: readonly Token[], i: number): boolean {
  const next = [tokens[i + 1], tokens[i + 2]].find((t) => t !== undefined && VERBAL.has(t.pos));
  if (!next || next.lemma === 'get') return false;
  // "has been failing" goes on; "has been reset" is done
  if (next.pos === 'AUX') return next.normal === 'been' && !progressiveAt(tokens, tokens.indexOf(next));
  return isPastAt(tokens, tokens.indexOf(next));
}

/** "are getting", "is still redeeming": an "-ing" form within two words of "be" at `i`. */
export function progressiveAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lemma !== 'be') return false;
  return [tokens[i + 1], tokens[i + 2]].some(
    (t) => (t?.pos === 'VERB' || t?.pos === 'ADJ') && t.normal.endsWith('ing'),
  );
}
