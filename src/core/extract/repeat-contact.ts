/**
 * @module A recurrence cue about being contacted again ("the third time I have written"), not about
 * the problem coming back. The verb the cue qualifies says which: a contact verb (write, call, ask…)
 * repeats the contact; any other verb ("failed again") repeats the problem.
 */
import type { Sentence, Token } from '../language/types.js';
import type { Item } from './context.js';
import { RECURRENCE } from './extract-pattern.js';
import { findSentences, isStatement } from './find-sentences.js';
import { backIsNoRecurrence } from './reads-thing-came-back.js';

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
// reaching us, in a handful of lemmas: the act of contacting, not what it is about
const CONTACT = set(
  'write email e-mail mail contact call phone ring ask message chase reach ping remind follow raise open submit reply text',
);
// verbs that carry another ("I've had to write", "I need to ask"): look past them
const CARRIER = set('be have do need want try get keep');
const ORDINAL = set('second third fourth fifth another nth umpteenth');

const isVerb = (t: Token | undefined): boolean => t?.pos === 'VERB' || t?.pos === 'AUX';
const clauseEnd = (t: Token): boolean => t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ';

function contentVerb(tokens: readonly Token[], from: number, step: 1 | -1): number {
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i] as Token;
    if (clauseEnd(t)) return -1;
    if (isVerb(t) && !CARRIER.has(t.lemma)) return i;
  }
  return -1;
}

// who does it: a person ("I", "we've", "she", "the buyer", "Priya") or nobody named ("Asking
// again"); a thing ("the callbacks are called again") is a program acting, not someone contacting us
const PERSON = set('i we you he she they');
// the people who write, call and ask (lemmas): parties to a sale and the roles in a team
const PEOPLE = set(
  'customer client buyer seller shopper member user resident patient student guest subscriber tenant vendor supplier merchant owner admin administrator manager boss colleague agent rep engineer person cfo ceo cto founder',
);
const SKIP = set('AUX ADV PART');
function byPerson(tokens: readonly Token[], verb: number): boolean {
  for (let i = verb - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (clauseEnd(t)) return true;
    if (SKIP.has(t.pos) || (t.pos === 'VERB' && CARRIER.has(t.lemma))) continue;
    // "the buyer messaged me again", "Priya called again": a person named by a noun or a name
    if (t.pos === 'NOUN') return PEOPLE.has(t.lemma);
    if (t.pos === 'PROPN') return tokens[i - 1]?.pos !== 'DET';
    return PERSON.has(t.normal.split(/['’]/)[0] ?? '');
  }
  return true;
}

/** The repeat words of a sentence ("Nth time", "again") and the verb each qualifies. */
function repeatedVerbs(s: Sentence): number[] {
  const t = s.tokens;
  const out: number[] = [];
  t.forEach((k, i) => {
    // "the second time I have written": the verb after "time"
    if (k.lemma === 'time' && ORDINAL.has(t[i - 1]?.normal ?? '')) out.push(contentVerb(t, i + 1, 1));
    // "asking again", "failed again": the verb before it
    else if (k.normal === 'again') out.push(contentVerb(t, i - 1, -1));
  });
  return out;
}

/** True when every repeat in the sentence is a repeated contact, and there is at least one. */
export function isRepeatContact(s: Sentence): boolean {
  const verbs = repeatedVerbs(s);
  return (
    verbs.length > 0 &&
    verbs.every((v) => v >= 0 && CONTACT.has(s.tokens[v]?.lemma ?? '') && byPerson(s.tokens, v))
  );
}

/**
 * "They came back complete", "the test came back negative": what came back is described, a result
 * reported; "it came back worse" and "the error came back" are the problem again.
 */
function cameBackAs(s: Sentence): boolean {
  const t = s.tokens;
  const at = t.findIndex((k, i) => k.lemma === 'come' && t[i + 1]?.normal === 'back');
  const after = t[at + 2];
  // a comparative ("worse", "slower") grades the problem again
  return at >= 0 && after?.pos === 'ADJ' && after.lemma === after.normal;
}

// a working state: "online again", "works again" say the problem went away, not that it returned
const WORKING = set(
  'online work run fine normal connect available sync reachable ok okay stable respond load',
);
// "stopped working again", "not online again": the working state lost once more
const LOST = set('stop quit cease fail');

/** True when every "again" follows a working state that nothing before it takes back. */
export function restoredAgain(s: Sentence): boolean {
  const t = s.tokens;
  const at = t.flatMap((k, i) => (k.normal === 'again' ? [i] : []));
  return (
    at.length > 0 &&
    at.every(
      (i) =>
        WORKING.has(t[i - 1]?.lemma ?? '') &&
        !LOST.has(t[i - 2]?.lemma ?? '') &&
        !s.negators.some((n) => n >= i - 3 && n < i),
    ) &&
    !RECURRENCE.test(s.text.replace(/\bagain\b/gi, ''))
  );
}

/** Statements that the problem happened before or came back; a repeated contact is no recurrence. */
export function recurrenceCites(items: readonly Item[], keep: (item: Item) => boolean, limit = 5): string[] {
  const ids: string[] = [];
  for (const hit of findSentences(items, RECURRENCE, keep)) {
    if (!isStatement(hit)) continue;
    const sentence = hit.item.analyzed[hit.index];
    // … nor a payment, a result or a person that came back ("the transfer came back from the bank")
    const returned = sentence !== undefined && backIsNoRecurrence(sentence);
    if (
      sentence &&
      (isRepeatContact(sentence) || cameBackAs(sentence) || restoredAgain(sentence) || returned)
    )
      continue;
    if (!ids.includes(hit.item.id)) ids.push(hit.item.id);
    if (ids.length >= limit) break;
  }
  return ids;
}
