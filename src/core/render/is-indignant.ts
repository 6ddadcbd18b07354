/**
 * @module Indignation put as a question ("Which one is lying?", "Is this how you treat sellers?",
 * "We pay you for this?"): it asks for no answer, so the update does not name it; the concern under
 * it is answered by the facts instead. Read from the sentence's shape, not from a list of phrasings.
 */
import { analyze } from '../language/analyze.js';
import type { Token } from '../language/types.js';

// words that accuse the reader of bad faith: "who is lying?", "is this a scam?"; "lies" stays out,
// since "where does the problem lie?" locates rather than accuses
const ACCUSING = new Set(['lying', 'lied', 'liar', 'liars']);
const ACCUSING_LEMMAS = new Set(['cheat', 'scam', 'steal', 'rob']);
// "why on earth", "what the hell": an expletive that turns a question into an exclamation
const EXPLETIVE: readonly (readonly string[])[] = [
  ['on', 'earth'],
  ['the', 'hell'],
  ['the', 'heck'],
  ['for', 'god'],
];
const LEADING = new Set(['and', 'so', 'but', 'now', 'then', 'also', 'seriously', 'really']);
const WH = new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how']);
const POINTING = new Set(['this', 'that']);
const SUBJECT = new Set(['i', 'we', 'you', 'they', 'it', 'this', 'that', 'he', 'she']);

function hasExpletive(tokens: readonly Token[]): boolean {
  return tokens.some((_, i) => EXPLETIVE.some((e) => e.every((w, k) => tokens[i + k]?.normal === w)));
}

/** "Is this how you treat …", "is that what you call …": asks the reader to judge themselves. */
function judgesReader(tokens: readonly Token[]): boolean {
  const [be, pointer, wh, who] = tokens;
  return (
    be?.lemma === 'be' &&
    POINTING.has(pointer?.normal ?? '') &&
    (wh?.normal === 'how' || wh?.normal === 'what') &&
    who?.normal === 'you'
  );
}

// a clause that asks or hedges makes it a real question: "I want to know if …, or is this …?", "it seems … this?"
const ASKING_OR_HEDGING = new Set([
  'if',
  'whether',
  'or',
  'what',
  'how',
  'why',
  'which',
  'who',
  'when',
  'where',
  'seem',
  'seems',
  'think',
  'guess',
  'maybe',
  'perhaps',
  'probably',
  'wonder',
]);
const MAX_DISBELIEF_WORDS = 12;

/**
 * "We pay you 85 licences for this?", "You call that a fix?": a short statement with a question mark
 * (subject first, no question word, no inverted auxiliary, no hedge) that ends pointing at "this" or "that".
 */
function disbelief(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  if (!first || !second || WH.has(first.normal) || first.pos === 'AUX') return false;
  if (!SUBJECT.has(first.normal) || !['VERB', 'AUX'].includes(second.pos)) return false;
  if (tokens.length > MAX_DISBELIEF_WORDS || tokens.some((t) => ASKING_OR_HEDGING.has(t.normal)))
    return false;
  // "this"/"that" standing alone (not "this invoice") among the last words
  return tokens.some(
    (t, i) =>
      i > 1 &&
      i >= tokens.length - 3 &&
      POINTING.has(t.normal) &&
      !['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(tokens[i + 1]?.pos ?? ''),
  );
}

/** True when a customer question is indignation, not a request for an answer. */
export function isIndignant(question: string): boolean {
  const text = question.trim();
  if (!text.endsWith('?')) return false;
  const sentence = analyze(text).sentences.at(-1);
  if (!sentence) return false;
  const all = sentence.tokens.filter((t) => t.pos !== 'PUNCT');
  let from = 0;
  while (from < all.length && LEADING.has(all[from]?.normal ?? '')) from++;
  const tokens = all.slice(from);
  const accuses = (t: Token): boolean =>
    (ACCUSING.has(t.normal) || ACCUSING_LEMMAS.has(t.lemma)) && ['VERB', 'NOUN'].includes(t.pos);
  if (tokens.some((t) => accuses(t) && !t.negated)) return true;
  return hasExpletive(tokens) || judgesReader(tokens) || disbelief(tokens);
}
