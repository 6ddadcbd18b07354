/**
 * @module A hedged suggestion of something to do ("And maybe offer a month's credit to be safe?",
 * "perhaps restart the sync worker first?"), read from the language layer's tokens: a hedging
 * adverb that opens the sentence (past "and", "so", "then", "or") and, right after it, a verb in
 * its base form with no subject of its own, and something after it to act on. It proposes an action, not a cause: "maybe the proxy
 * strips it" and "maybe it's the cache" put a subject after the hedge and stay theories.
 */
import type { Sentence, Token } from '../language/types.js';

const HEDGES = new Set(['maybe', 'perhaps', 'possibly']);
const LEAD_IN = new Set(['and', 'so', 'then', 'or', 'but', 'also', 'ok', 'okay']);

const isWord = (t: Token): boolean => t.kind === 'word';

/** True when `s` opens with a hedge and a bare verb: a suggestion of what to do (see the module comment). */
export function suggestsAction(s: Sentence): boolean {
  const words = s.tokens.filter(isWord);
  let k = 0;
  while (k < words.length && LEAD_IN.has(words[k]?.normal ?? '')) k++;
  const hedge = words[k];
  const verb = words[k + 1];
  return (
    hedge !== undefined &&
    HEDGES.has(hedge.normal) &&
    verb !== undefined &&
    verb.pos === 'VERB' &&
    verb.normal === verb.lemma &&
    !verb.negated &&
    // "maybe bug?" tags a lone noun as a verb: a suggestion says what to act on
    words.length > k + 2
  );
}
