/**
 * @module A sentence that corrects a guess ("the invoice is wrong, not the tax rate", "it's the
 * gateway, not your network"): after a comma, "not" and a noun phrase with no verb of its own close
 * it. It answers what someone suggested; said back alone it reads as one side of an argument, not as
 * what the problem does to the customer.
 */
import type { Sentence } from '../language/types.js';

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PUNCT', 'ADP']);

/** True when the sentence ends on ", not <noun phrase>" with a noun in it. */
export function readsCorrection(s: Sentence): boolean {
  const tokens = s.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]?.normal !== 'not' || tokens[i - 1]?.text !== ',') continue;
    const tail = tokens.slice(i + 1).filter((t) => t.kind !== 'space');
    if (tail.every((t) => NOUN_PHRASE.has(t.pos)) && tail.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN'))
      return true;
  }
  return false;
}
