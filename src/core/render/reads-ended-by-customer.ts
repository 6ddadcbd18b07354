/**
 * @module Whether the customer says they ended the unwanted state themselves: "I have since revoked
 * the token", "we disabled the rule this morning". A headline that says the state goes on ("token
 * still active") is then stale, and is not said back.
 */
import { readsFailedTry } from '../extract/reads-failed-try.js';
import { contentWords } from '../extract/text/content-words.js';
import { crudeStem } from '../extract/text/word-stems.js';
import { analyze } from '../language/analyze.js';
import { isPastForm } from '../language/tense.js';
import type { Token } from '../language/types.js';
import type { Facts } from '../model/packet.js';
import type { Said } from './update-material.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// acts that end a state for good (access, a rule, a job); a pause only holds it
const ENDING = set('revoke remove disable delete deactivate rotate cancel block unpublish');
const SELF = set('i we');
// "I will revoke it", "we need to disable it", "if we delete it", "we are blocked", "tried disabling"
const NOT_DONE = set(
  'will shall would should must need can could to if once when unless am is are was were be been being try tried trying think believe guess suppose',
);
// the subject and its verb lie this close: "I have since revoked", "we then quickly disabled"
const WINDOW = 4;

function ended(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  if (verb?.pos !== 'VERB' || !ENDING.has(verb.lemma) || verb.negated) return false;
  // done: "revoked", "have removed"; not "revoke", "revoking"
  if (!isPastForm(verb)) return false;
  const before = tokens.slice(Math.max(0, i - WINDOW), i);
  // "we removed the link but it still opens": the state goes on
  const goesOn = tokens.slice(i + 1).some((t) => t.normal === 'still');
  return before.some((t) => SELF.has(t.normal)) && !before.some((t) => NOT_DONE.has(t.normal)) && !goesOn;
}

const stems = (text: string): Set<string> => new Set(contentWords(text).map(crudeStem));

/**
 * True when a statement of the customer's says they ended it and names what the headline is about
 * ("I have since revoked it under Settings > API tokens" for "API token still active"); a try that
 * failed ("I removed the flag, still the error") ended nothing.
 */
export function endedByCustomer(sentences: readonly string[], headline: string): boolean {
  const about = stems(headline);
  return sentences.some((text) =>
    analyze(text).sentences.some(
      (s) =>
        !s.question &&
        !s.conditional &&
        !s.hedged &&
        !readsFailedTry(s) &&
        [...stems(s.text)].some((w) => about.has(w)) &&
        s.tokens.some((_, i) => ended(s.tokens, i)),
    ),
  );
}

// a headline that says the state goes on: "token still active", "charges still taken"
const LINGERS = /\bstill\b/i;

/**
 * "Token still active" once they wrote "I have since revoked it": the state the problem headline
 * says goes on is over, by their own act.
 */
export function endedSince(facts: Facts, customer: readonly Said[]): boolean {
  const headline = String(facts.problem?.value ?? '');
  return (
    LINGERS.test(headline) &&
    endedByCustomer(
      customer.map((c) => c.text),
      headline.replace(LINGERS, ' '),
    )
  );
}
