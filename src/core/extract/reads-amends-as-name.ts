/**
 * @module Whether every compensation word in a sentence only names a kind of thing — "discount
 * codes", "the refund button", "credit notes": the word modifies the noun after it, so nothing is
 * asked or offered ("other customers with discount codes hit?", "the refund screen times out").
 * A request or claim is still an ask ("I raised a refund request").
 */
import type { Sentence } from '../language/types.js';

// nouns that make the compound an ask: "refund request", "credit claim"
const ASKING = new Set(['request', 'claim', 'ask', 'application']);

/** True when the sentence has a match of `cue` and each one ends on a word modifying the next noun. */
export function readsAmendsAsName(s: Sentence, cue: RegExp): boolean {
  const global = new RegExp(cue.source, cue.flags.includes('g') ? cue.flags : `${cue.flags}g`);
  let seen = false;
  let from = 0;
  for (const m of s.text.matchAll(global)) {
    seen = true;
    // the match's last word, found among the tokens in order
    const word = m[0].toLowerCase().match(/[\p{L}\p{N}]+$/u)?.[0] ?? '';
    const last = s.tokens.findIndex((t, i) => i >= from && t.normal === word);
    if (last < 0) return false;
    from = last + 1;
    const next = s.tokens[last + 1];
    if (!next || next.pos !== 'NOUN' || ASKING.has(next.lemma) || s.tokens[last]?.pos !== 'NOUN')
      return false;
  }
  return seen;
}
