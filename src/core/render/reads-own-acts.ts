/**
 * @module A customer sentence that only tells what they did about the problem ("no worries for now,
 * we have taken the flyers down and will print them again"): every clause with a verb is their own
 * deliberate act, done or planned, nothing in it negated after its verb, and none of its verbs tells
 * a loss or a failure. Said back as the impact, it tells them their own news, not what went wrong.
 */
import { type Clause, clausesOf } from '../language/clause.js';
import type { Sentence, Token } from '../language/types.js';

const FIRST_PERSON = new Set(['i', 'we']);
const NEGATOR = new Set(['not', "n't", 'never', 'no', 'nothing', 'nobody', 'none']);

/** The verb that carries the clause's meaning: the first full verb from its finite verb on. */
function mainVerb(c: Clause): Token | undefined {
  const at = c.verb?.index ?? -1;
  return at < 0 ? undefined : (c.tokens.slice(at).find((t) => t.pos === 'VERB') ?? c.tokens[at]);
}

/**
 * True when the sentence's clauses are all the writer's own acts: the first opens on "I" or "we"
 * with a verb group that reports something done, the rest go on with no subject of their own or the
 * same person; no clause negates its verb or what follows it, and no verb is one of `suffered`
 * (verbs of losing, missing, failing, noticing, which report what befell them).
 */
export function readsOwnActsOnly(s: Sentence, suffered: ReadonlySet<string>): boolean {
  const verbal = clausesOf(s).filter((c) => c.verb !== null);
  const [first, ...rest] = verbal;
  if (!first?.verb || !FIRST_PERSON.has(first.subject?.normal ?? '') || !first.verb.past) return false;
  if (rest.length > 2) return false;
  return verbal.every((c, k) => {
    if (k > 0 && c.subject && !FIRST_PERSON.has(c.subject.normal)) return false;
    if (k > 0 && !c.verb?.modal && !c.verb?.past) return false;
    const verb = mainVerb(c);
    if (!verb || suffered.has(verb.lemma)) return false;
    const from = c.verb?.index ?? 0;
    return !c.tokens.slice(from).some((t) => NEGATOR.has(t.normal));
  });
}
