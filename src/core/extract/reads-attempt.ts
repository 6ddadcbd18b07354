/**
 * @module Whether a sentence reports an attempt, read from structure over the language layer's
 * tokens: an action verb in the past ("restarted", "ran") or the present perfect ("have reset"), or
 * the speaker's ongoing work-around ("we're keying orders by hand"), whose clause opens with nothing
 * but a party as its subject (a person's pronoun, a name, a party's noun, or no subject at all in a
 * terse note), adverbs and a time. Not a plan (a modal or "to" before the verb), a passive ("was
 * uploaded by"), a condition, a negated verb, a thing as the subject ("the release moved …", "it
 * restarted"), nor a verb that says, thinks, feels or has rather than acts.
 */
import type { Sentence, Token } from '../language/types.js';

// verbs of saying, thinking, perceiving, having and happening (lemmas): they report no attempt
const NOT_ACTIONS = new Set([
  'be',
  'have',
  'do',
  'say',
  'tell',
  'ask',
  'mention',
  'explain',
  'note',
  'state',
  'write',
  'reply',
  'complain',
  'threaten',
  'warn',
  'think',
  'know',
  'believe',
  'guess',
  'assume',
  'hope',
  'want',
  'need',
  'like',
  'love',
  'hate',
  'feel',
  'seem',
  'notice',
  'see',
  'hear',
  'receive',
  'get',
  'lose',
  'happen',
  'come',
  'go',
  'pay',
  'charge',
  'thank',
  'appreciate',
  'understand',
  'realize',
  'realise',
  'expect',
  'agree',
  'promise',
  'forget',
  'remember',
  'wait',
  'start',
  'begin',
  'become',
  'call',
  'email',
  'miss',
  'attach',
  'forward',
]);
// who may act: a person's pronoun; "it", "this", "that" are things (a possessive before makes a party: "their IT")
const PERSONS = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
const POSSESSIVES = new Set(['my', 'our', 'their', 'his', 'her', 'your']);
// a party named by a common noun (lemmas); a name (PROPN) is always a party
const PARTY_NOUNS = new Set([
  'customer',
  'client',
  'user',
  'admin',
  'administrator',
  'team',
  'support',
  'engineering',
  'eng',
  'engineer',
  'dev',
  'developer',
  'agent',
  'ops',
  'billing',
  'security',
  'staff',
  'colleague',
  'manager',
  'sre',
  'on-call',
  'csm',
  'l1',
  'l2',
  'l3',
]);
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'might', 'may', 'must', 'shall']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
// where a clause starts again: "Yesterday, we restarted …", "… and then L2 rolled it back"
const BOUNDARIES = new Set([',', ':', ';', '-', '–', '—', '(', 'and', 'then', 'so', 'but']);

function pastForm(t: Token): boolean {
  const w = t.normal;
  if (/^re-[a-z]+ed$|^re-(?:ran|sent|set|did|made)$/.test(w)) return true;
  if (t.pos !== 'VERB' || w === t.lemma || w.endsWith('ing')) return false;
  // the third person present ("restarts", "retries") is not past
  return w !== `${t.lemma}s` && w !== `${t.lemma}es` && !w.endsWith('ies');
}

function perfect(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  let k = i - 1;
  while (tokens[k]?.pos === 'ADV') k--;
  return t?.pos === 'VERB' && tokens[k]?.lemma === 'have' && tokens[k]?.pos === 'AUX';
}

/** "we're keying", "I am re-entering": the speaker's own ongoing work. */
function ongoing(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.pos !== 'VERB' || !t.normal.endsWith('ing')) return false;
  const be = tokens[i - 1];
  const who = tokens[i - 2];
  return be?.lemma === 'be' && (who?.normal === 'we' || who?.normal === 'i');
}

type Head = 'party' | 'none' | 'thing' | 'plan';

// what stands before the verb in its clause: a party, nothing, a thing, or a plan / a condition
function readHead(tokens: readonly Token[], i: number): Head {
  let start = i;
  while (start > 0 && !BOUNDARIES.has(tokens[start - 1]?.normal ?? '')) start--;
  // the subject's head: the last nominal before the verb ("our finance team", "the customer's admin")
  let subject: Token | undefined;
  let owned = false;
  for (let k = start; k < i; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (MODALS.has(t.normal) || t.normal === 'to' || CONDITIONS.has(t.normal) || t.normal === 'not')
      return 'plan';
    if (t.pos === 'AUX' && t.lemma === 'be' && k === i - 1 && !ongoing(tokens, i)) return 'thing';
    const nominal = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM';
    // a number after a preposition is a time ("at 10:40"), a time noun is no subject ("yesterday")
    if (!nominal || POSSESSIVES.has(t.normal) || TIMES.has(t.lemma)) continue;
    if (t.pos === 'NUM' && tokens[k - 1]?.pos === 'ADP') continue;
    subject = t;
    owned = POSSESSIVES.has(tokens[k - 1]?.normal ?? '');
  }
  if (!subject) return 'none';
  if (subject.pos === 'PRON') return PERSONS.has(subject.normal) || owned ? 'party' : 'thing';
  if (subject.pos === 'PROPN') return 'party';
  return PARTY_NOUNS.has(subject.lemma) || PARTY_NOUNS.has(subject.normal) ? 'party' : 'thing';
}

const TIMES = new Set(['yesterday', 'today', 'morning', 'afternoon', 'evening', 'night', 'week', 'time']);
const PARTICLES = new Set(['back', 'off', 'on', 'out', 'up', 'over', 'down', 'again', 'also', 'just']);
const NO_OBJECT = new Set(['ADP', 'AUX', 'CCONJ', 'SCONJ']);

/**
 * Something acted on follows the verb: "restarted the pod", "rolled it back", "tried to void …";
 * not "Raised in #inc-edge", "Kept by the queue", "Fixed: …" (a participle, no act).
 */
function takesObject(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  while (tokens[k] && (tokens[k]?.pos === 'ADV' || PARTICLES.has(tokens[k]?.normal ?? ''))) k++;
  const next = tokens[k];
  if (!next) return false;
  if (next.normal === 'to') return tokens[k + 1]?.pos === 'VERB';
  return !NO_OBJECT.has(next.pos) && !/^[.,:;!?)]$/.test(next.text);
}

/** The index of the verb that makes `s` an attempt, or -1. */
export function attemptVerb(s: Sentence, customer = false): number {
  const tokens = s.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || NOT_ACTIONS.has(t.lemma)) continue;
    if (t.negated) continue;
    const past = pastForm(t) || perfect(tokens, i);
    if (!past && !(customer && ongoing(tokens, i))) continue;
    const head = readHead(tokens, i);
    if (head === 'party' || (head === 'none' && takesObject(tokens, i))) return i;
  }
  return -1;
}

/** True when the sentence reports something someone did (see the module comment). */
export function readsAttempt(s: Sentence, customer = false): boolean {
  return attemptVerb(s, customer) >= 0;
}
