/**
 * @module Whether a sentence asks for the product's previous behaviour back, read from structure
 * over the language layer's tokens: a question or a request ("can you put the old order back?",
 * "please restore the previous layout", "can we stay on the previous version?") naming what was
 * there before ("old", "previous", "former", "original"). Once our side says the behaviour is
 * intended, such an ask wants the product changed: a feature request, not a defect nor a how-to.
 * Never a statement ("the old layout is back"), nor a denied ask ("we don't want the old one back").
 */
import { isDenied } from '../language/polarity.js';
import type { Sentence, Token } from '../language/types.js';
import { readsRequest } from './reads-request.js';

// what was there before the change
const BEFORE = new Set(['old', 'previous', 'former', 'original']);
// returning to it, or staying with it (lemmas)
const RETURNING = new Set(['restore', 'revert', 'reinstate', 'stay']);

/**
 * "the old bin order", "the previous version": a marker of before, then a noun within two words;
 * not "the previous version of the file", a copy of someone's data.
 */
function namesBefore(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !BEFORE.has(t.normal)) return false;
  const noun = [i + 1, i + 2].find((k) => tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN');
  return noun !== undefined && tokens[noun + 1]?.normal !== 'of';
}

/** True when the sentence asks to have the previous behaviour back or to keep it. */
export function readsAsksOldWay(s: Sentence): boolean {
  if (!s.question && !readsRequest(s)) return false;
  const tokens = s.tokens;
  const before = tokens.findIndex((_, i) => namesBefore(tokens, i));
  if (before < 0) return false;
  return tokens.some(
    (t, i) =>
      (t.normal === 'back' || (t.pos === 'VERB' && RETURNING.has(t.lemma))) &&
      !isDenied(s, i) &&
      !isDenied(s, before),
  );
}
