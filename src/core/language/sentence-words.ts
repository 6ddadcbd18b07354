/**
 * @module A cheap test a sentence reader asks first: does any token of the sentence have one of the
 * reader's words as its normal form or lemma? A reader whose every reading opens at such a token
 * passes the sentence at once when none has: two set lookups a token instead of the reader's own
 * tests at each, and the answer is unchanged (a "no" is certain).
 */
import type { Sentence, Token } from './types.js';

/**
 * True when some token of `s` has one of `wanted` as its normal form or lemma.
 *
 * @example holdsAny(analyze('Nobody can log in.').sentences[0], new Set(['nobody'])) // true
 */
export function holdsAny(s: Sentence, wanted: ReadonlySet<string>): boolean {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (wanted.has(t.normal) || wanted.has(t.lemma)) return true;
  }
  return false;
}
