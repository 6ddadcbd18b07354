/**
 * @module Where an explanation goes on: a cause is usually told over two or three adjacent
 * sentences of one message (the change, the mechanism, the consequence), so a sentence after the
 * one that names the cause belongs to it while it carries the chain on — it opens with a connective
 * ("so", "because", "which", "but"), points back with a pronoun ("it", "they", "this"), names again
 * a noun the sentence before named, or is a verbless fragment that elaborates it ("20 MB, not 200").
 * Read from the language layer's tokens; bounded so a long message does not become one hypothesis.
 */
import type { Sentence, Token } from '../language/types.js';

// connectives that carry a cause on to its mechanism or its consequence
const CHAIN = new Set(['so', 'because', 'which', 'but', 'therefore', 'hence', 'thus', 'and', 'since']);
// words that point back at what the sentence before named
const ANAPHOR = new Set(['it', 'this', 'that', 'they', 'these', 'those', 'its', 'their']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/** An explanation is at most this many sentences and words. */
export const MAX_SENTENCES = 3;
export const MAX_WORDS = 60;
// a verbless fragment that elaborates ("20 MB, not 200.") is short
const MAX_FRAGMENT = 8;

const isWord = (t: Token): boolean => t.kind === 'word' || t.kind === 'number';

/** The first word of the sentence, past punctuation, mentions and interjections. */
function opening(s: Sentence): Token | undefined {
  return s.tokens.find((t) => isWord(t) && t.pos !== 'INTJ' && t.pos !== 'PUNCT');
}

function nounsOf(tokens: readonly Token[]): Set<string> {
  return new Set(
    tokens.filter((t) => NOMINAL.has(t.pos) && !t.stop && t.lemma.length > 2).map((t) => t.lemma),
  );
}

/** The number of words in `s`, as the bound counts them. */
export function wordCount(s: Sentence): number {
  return s.tokens.filter(isWord).length;
}

/** True when `next` carries on the explanation `prev` began (see the module comment). */
export function carriesOn(prev: Sentence, next: Sentence): boolean {
  const first = opening(next);
  if (!first) return false;
  if (CHAIN.has(first.normal) || ANAPHOR.has(first.normal)) return true;
  if (wordCount(next) <= MAX_FRAGMENT && !next.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX'))
    return true;
  const before = nounsOf(prev.tokens);
  return [...nounsOf(next.tokens)].some((n) => before.has(n));
}

/** True when `s` opens by pointing back ("So …", "Which means …", "It …"): it stands on the sentence before. */
export function leansBack(s: Sentence): boolean {
  const first = opening(s);
  return first !== undefined && (CHAIN.has(first.normal) || ANAPHOR.has(first.normal));
}

// a conclusion is short: "So it is not random.", "so a config bug."
const MAX_CONCLUSION = 6;

/** A short conclusion with no clause of its own ("So it is not random."): it adds nothing to the explanation before it. */
export function concludesOnly(s: Sentence): boolean {
  return leansBack(s) && wordCount(s) <= MAX_CONCLUSION && !s.tokens.some((t) => t.text === ',');
}
