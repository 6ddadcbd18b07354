/**
 * @module Whether a customer's sentence tells of amends they made to their own people ("I had to
 * refund three members", "we've credited our clients"): the customer is the subject of the
 * refunding verb, so nothing is asked of us. Never an ask ("we want a refund", "we'd like to be
 * refunded", "we expect you to credit us"): there the amends word is a noun, a passive after a
 * wish, or has another subject.
 */
import { isDenied } from '../language/polarity.js';
import { isPastForm } from '../language/tense.js';
import type { Sentence, Token } from '../language/types.js';

const AMENDS = new Set(['refund', 'reimburse', 'compensate', 'credit', 'waive', 'comp']);
const FIRST_PERSON = new Set(['i', 'we']);
// between the subject and the verb: "I had to", "we've already", "we just"
const BRIDGE = new Set([
  'have',
  'had',
  'has',
  'to',
  'already',
  'also',
  'just',
  'then',
  'even',
  'personally',
  'manually',
  'ourselves',
  'myself',
]);

const bridges = (t: Token): boolean =>
  BRIDGE.has(t.normal) || BRIDGE.has(t.lemma) || (t.pos === 'ADV' && !t.negated);

/** True when the sentence's first person refunds, credits or reimburses someone themselves. */
export function readsOwnAmends(s: Sentence): boolean {
  if (s.question || s.conditional) return false;
  const tokens = s.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const verb = tokens[i];
    if (!verb) continue;
    if (verb.pos !== 'VERB' || !AMENDS.has(verb.lemma) || isDenied(s, i)) continue;
    let k = i - 1;
    while (k >= 0 && k > i - 5 && tokens[k] && bridges(tokens[k] as Token)) k--;
    if (k < i - 1 && FIRST_PERSON.has(tokens[k]?.normal ?? '')) return true;
    if (k === i - 1 && FIRST_PERSON.has(tokens[k]?.normal ?? '') && isPastForm(verb)) return true;
  }
  return false;
}
